package org.trademission.mission.exporter;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What this service holds for one exporter, and from which event sequence. */
public record ExporterReplicaView(UUID id, String displayName, String status, long sequence, OffsetDateTime updatedAt) {
}
