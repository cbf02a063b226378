package org.trademission.matching.schedule;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A meeting of the schedule as the API shows it; {@code table} null and {@code videoLink} set for online sessions. */
public record MeetingView(UUID id, UUID exporterId, UUID buyerId, UUID sessionId, OffsetDateTime start,
        OffsetDateTime end, Integer table, String videoLink, String interpreterLanguage, Origin origin,
        UUID requestId, Meeting.Status status, String reason, long version) {
}
