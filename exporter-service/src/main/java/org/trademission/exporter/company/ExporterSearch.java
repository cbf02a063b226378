package org.trademission.exporter.company;

import java.util.UUID;

/**
 * The directory's filters; each is optional. {@code hsCode} is a prefix matched against the products' codes.
 * {@code hideSuspended} drops suspended exporters except {@code self}, the caller's own company (may be null).
 */
public record ExporterSearch(String q, ExporterStatus status, String language, String city, String hsCode,
        boolean hideSuspended, UUID self) {
}
