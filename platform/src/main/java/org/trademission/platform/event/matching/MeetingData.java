package org.trademission.platform.event.matching;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The {@code data} of {@code MeetingScheduled}, {@code MeetingMoved} and {@code MeetingCancelled} on
 * {@code matching.v1}: the meeting's whole state after the change. {@code table} is null for an online session,
 * which has a {@code videoLink} instead; {@code reason} says why a meeting was cancelled, {@code cancelledBy}
 * (EXPORTER, BUYER or AGENCY) who called it off when one side did (null when a rebuild or the mission's events
 * cancelled it); {@code origin} is {@code ACCEPTED_REQUEST}, {@code PENDING_REQUEST} or {@code RECOMMENDATION}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingData(UUID id, UUID missionId, UUID exporterId, UUID buyerId, UUID sessionId,
        OffsetDateTime start, OffsetDateTime end, Integer table, String videoLink, String interpreterLanguage,
        String origin, UUID requestId, String status, String reason, String cancelledBy) {
}
