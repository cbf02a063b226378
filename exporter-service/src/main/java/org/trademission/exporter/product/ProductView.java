package org.trademission.exporter.product;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.trademission.platform.hs.HsChapter;

/** A product as the API shows it, with the title of its HS chapter. */
public record ProductView(UUID id, UUID exporterId, String name, String description, String hsCode,
        HsChapter hsChapter, Long moq, String unit, PriceRange priceRange, List<String> certifications,
        Integer leadTimeDays, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
