package org.trademission.matching.request;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A meeting request as the API shows it. */
public record MeetingRequestView(UUID id, UUID missionId, UUID fromId, UUID toId, UUID exporterId, UUID buyerId,
        int priority, String message, RequestStatus status, String reason, String requestedBy, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
