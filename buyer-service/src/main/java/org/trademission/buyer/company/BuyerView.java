package org.trademission.buyer.company;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.trademission.platform.contact.Contact;

/** A buyer as the API shows it; {@code contacts} only for the agency and the buyer itself. */
public record BuyerView(UUID id, String legalName, String displayName, String country, String city, String ice,
        String taxId, String website, List<String> languages, String description, CompanySize companySize,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Contact> contacts, String crmId,
        BuyerProgramme buyerProgramme, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
