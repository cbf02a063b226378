package org.trademission.exporter.company;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.platform.json.JsonColumn;

/**
 * An exporter's columns as the API shows them, read straight from a query: a search maps its rows to views without
 * loading entities, and without the search text and the products an entity carries. {@link Exporter#view} goes
 * through it too, so the mapping to {@link ExporterView} has one source.
 */
record ExporterRow(UUID id, String legalName, String displayName, String inn, String ogrn, String city,
        String website, String languages, String description, String certifications, String contacts, String crmId,
        ExporterStatus status, String statusReason, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The columns of {@link #of}, in order, for {@code select … from Exporter e}. */
    static final String COLUMNS = "e.id, e.legalName, e.displayName, e.inn, e.ogrn, e.city, e.website, e.languages, "
            + "e.description, e.certifications, e.contacts, e.crmId, e.status, e.statusReason, e.version, "
            + "e.createdAt, e.updatedAt";

    static ExporterRow of(Object[] tuple) {
        return new ExporterRow((UUID) tuple[0], (String) tuple[1], (String) tuple[2], (String) tuple[3],
                (String) tuple[4], (String) tuple[5], (String) tuple[6], (String) tuple[7], (String) tuple[8],
                (String) tuple[9], (String) tuple[10], (String) tuple[11], (ExporterStatus) tuple[12],
                (String) tuple[13], ((Number) tuple[14]).longValue(), (OffsetDateTime) tuple[15],
                (OffsetDateTime) tuple[16]);
    }

    ExporterView view(boolean withContacts) {
        return new ExporterView(id, legalName, displayName, inn, ogrn, city, website,
                Exporter.languageList(languages), description,
                JsonColumn.read(certifications, Exporter.STRINGS),
                withContacts ? JsonColumn.read(contacts, Exporter.CONTACTS) : null, crmId, status, statusReason,
                version, createdAt, updatedAt);
    }
}
