package org.trademission.exporter.company;

/** The directory's filters; each is optional. */
public record ExporterSearch(String q, ExporterStatus status, String language, String city, boolean hideSuspended) {
}
