package org.trademission.matching.exporter;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.trademission.platform.event.exporter.ProductSummary;

/** What the matching service holds of an exporter. */
public record ExporterReplicaView(UUID id, String displayName, String status, List<String> languages,
        List<String> hsCodes, List<ProductSummary> products, List<String> certifications, long sequence,
        OffsetDateTime updatedAt) {
}
