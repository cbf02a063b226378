package org.trademission.platform.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** An audit entry as the API shows it (newest first in a history). */
public record HistoryEntryView(long version, String action, String actor, OffsetDateTime at,
        List<FieldChange> changes) {
}
