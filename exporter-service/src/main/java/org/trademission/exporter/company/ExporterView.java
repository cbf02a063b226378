package org.trademission.exporter.company;

import org.trademission.platform.contact.Contact;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An exporter as the API shows it; {@code contacts} is left out for partners. */
public record ExporterView(UUID id, String legalName, String displayName, String inn, String ogrn, String city,
        String website, List<String> languages, String description, List<String> certifications,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Contact> contacts, String crmId, ExporterStatus status,
        String statusReason, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
