package org.trademission.buyer.company;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.platform.json.JsonColumn;

/**
 * A buyer's columns as the API shows them, read straight from a query: a search maps its rows to views without
 * loading entities, and without the search text and the sourcing interests an entity carries. {@link Buyer#view}
 * goes through it too, so the mapping to {@link BuyerView} has one source.
 */
record BuyerRow(UUID id, String legalName, String displayName, String country, String city, String ice,
        String taxId, String website, String languages, String description, CompanySize companySize,
        String contacts, String crmId, boolean programmeEnrolled, LocalDate programmeSince,
        LocalDate programmeEndedOn, String programmeEndReason, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The columns of {@link #of}, in order, for {@code select … from Buyer b}. */
    static final String COLUMNS = "b.id, b.legalName, b.displayName, b.country, b.city, b.ice, b.taxId, b.website, "
            + "b.languages, b.description, b.companySize, b.contacts, b.crmId, b.programmeEnrolled, "
            + "b.programmeSince, b.programmeEndedOn, b.programmeEndReason, b.version, b.createdAt, b.updatedAt";

    static BuyerRow of(Object[] tuple) {
        return new BuyerRow((UUID) tuple[0], (String) tuple[1], (String) tuple[2], (String) tuple[3],
                (String) tuple[4], (String) tuple[5], (String) tuple[6], (String) tuple[7], (String) tuple[8],
                (String) tuple[9], (CompanySize) tuple[10], (String) tuple[11], (String) tuple[12],
                (Boolean) tuple[13], (LocalDate) tuple[14], (LocalDate) tuple[15], (String) tuple[16],
                ((Number) tuple[17]).longValue(), (OffsetDateTime) tuple[18], (OffsetDateTime) tuple[19]);
    }

    BuyerView view(boolean withContacts) {
        return new BuyerView(id, legalName, displayName, country, city, ice, taxId, website,
                Buyer.languageList(languages), description,
                companySize, withContacts ? JsonColumn.read(contacts, Buyer.CONTACTS) : null, crmId,
                new BuyerProgramme(programmeEnrolled, programmeSince, programmeEndedOn, programmeEndReason), version,
                createdAt, updatedAt);
    }
}
