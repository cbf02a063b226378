package org.trademission.matching.schedule;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.matching.outcome.Side;

/**
 * A meeting of the schedule as the API shows it; {@code table} null and {@code videoLink} set for online sessions;
 * {@code cancelledBy} EXPORTER, BUYER or AGENCY when one of them called it off.
 */
public record MeetingView(UUID id, UUID exporterId, UUID buyerId, UUID sessionId, OffsetDateTime start,
        OffsetDateTime end, Integer table, String videoLink, String interpreterLanguage, Origin origin,
        UUID requestId, Meeting.Status status, String reason, Side cancelledBy, long version) {
}
