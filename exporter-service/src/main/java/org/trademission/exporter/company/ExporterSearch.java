package org.trademission.exporter.company;

/** The directory's filters; each is optional. {@code hsCode} is a prefix matched against the products' codes. */
public record ExporterSearch(String q, ExporterStatus status, String language, String city, String hsCode,
        boolean hideSuspended) {
}
