package org.trademission.mission.application;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An application as the API shows it. {@code waitlistPosition} (1 = next) only while waitlisted;
 * {@code exporterSuspended} when the exporter was suspended after applying (it cannot be accepted then).
 */
public record ApplicationView(UUID id, UUID missionId, UUID exporterId, String motivation, ApplicationStatus status,
        String note, String decidedBy, OffsetDateTime decidedAt, Integer waitlistPosition, boolean exporterSuspended,
        long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
