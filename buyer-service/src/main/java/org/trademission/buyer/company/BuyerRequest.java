package org.trademission.buyer.company;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;
import org.trademission.platform.contact.Contact;
import org.trademission.platform.text.MultiLine;
import org.trademission.platform.validation.IsoCountry;
import org.trademission.platform.validation.IsoLanguage;

/** The fields a client sets on a buyer (create and full replace). */
@MoroccanIce
@Schema(example = """
        {"legalName": "Plastiques du Maghreb SARL", "displayName": "Plastiques du Maghreb", "country": "MA",
         "city": "Casablanca", "ice": "001525432000021", "website": "https://plastiques-maghreb.example.ma",
         "languages": ["fr", "ar"], "description": "Transformateur de polyéthylène pour l'emballage",
         "companySize": "MEDIUM",
         "contacts": [{"name": "Youssef El Amrani", "email": "y.elamrani@plastiques-maghreb.example.ma",
                       "phone": "+212 522 123 456"}]}""")
public record BuyerRequest(
        @NotBlank @Size(max = 300) String legalName,
        @NotBlank @Size(max = 200) String displayName,
        @NotNull @IsoCountry String country,
        @NotBlank @Size(max = 100) String city,
        @Ice String ice,
        @Size(max = 50) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9 ./-]*$",
                message = "may hold letters, digits, spaces and . / - only") String taxId,
        @URL(regexp = "^https?://.*", message = "must be an http(s) URL") @Size(max = 500) String website,
        @Size(max = 20) List<@NotNull @IsoLanguage String> languages,
        @Size(max = 5000) @MultiLine String description,
        CompanySize companySize,
        @Size(max = 20) List<@NotNull @Valid Contact> contacts,
        @Size(min = 1, max = 100) @Pattern(regexp = "^[A-Za-z0-9._:-]+$",
                message = "may hold letters, digits and . _ : - only") String crmId) {

    public BuyerRequest {
        languages = languages == null ? List.of() : languages;
        contacts = contacts == null ? List.of() : contacts;
    }

    public BuyerRequest withCrmId(String newCrmId) {
        return new BuyerRequest(legalName, displayName, country, city, ice, taxId, website, languages, description,
                companySize, contacts, newCrmId);
    }
}
