package org.trademission.matching.exporter;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What this service holds for one exporter, and from which event sequence. */
public record ExporterReplicaView(UUID id, String displayName, String status, List<String> languages,
        List<String> hsCodes, long sequence, OffsetDateTime updatedAt) {
}
