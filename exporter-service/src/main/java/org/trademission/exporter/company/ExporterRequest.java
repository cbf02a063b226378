package org.trademission.exporter.company;

import org.trademission.platform.contact.Contact;
import org.trademission.platform.text.MultiLine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hibernate.validator.constraints.URL;
import org.trademission.platform.validation.IsoLanguage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields a client sets on an exporter (create and full replace). */
@Schema(example = """
        {"legalName": "ООО «ЛазерТех»", "displayName": "LaserTech", "inn": "7728413567", "ogrn": "1177746352101",
         "city": "Москва", "website": "https://lasertech.example.ru", "languages": ["ru", "en", "fr"],
         "description": "Станки лазерной гравировки и маркировки для металла и пластика",
         "certifications": ["ISO 9001:2015", "ЕАС"],
         "contacts": [{"name": "Ирина Соколова", "email": "i.sokolova@lasertech.example.ru",
                       "phone": "+7 495 123-45-67"}]}""")
public record ExporterRequest(
        @NotBlank @Size(max = 300) String legalName,
        @NotBlank @Size(max = 200) String displayName,
        @NotNull @Inn String inn,
        @Ogrn String ogrn,
        @Size(max = 100) String city,
        @URL(regexp = "^https?://.*", message = "must be an http(s) URL") @Size(max = 500) String website,
        @Size(max = 20) List<@NotNull @IsoLanguage String> languages,
        @Size(max = 5000) @MultiLine String description,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> certifications,
        @Size(max = 20) List<@NotNull @Valid Contact> contacts,
        @Size(min = 1, max = 100) @Pattern(regexp = "^[A-Za-z0-9._:-]+$", message = "may hold letters, digits and . _ : - only") String crmId) {

    public ExporterRequest {
        languages = languages == null ? List.of() : languages;
        certifications = certifications == null ? List.of() : certifications;
        contacts = contacts == null ? List.of() : contacts;
    }

    public ExporterRequest withCrmId(String newCrmId) {
        return new ExporterRequest(legalName, displayName, inn, ogrn, city, website, languages, description,
                certifications, contacts, newCrmId);
    }
}
