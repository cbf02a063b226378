package org.trademission.platform.event.exporter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of every event on {@code exporters.v1}: the exporter's full current state as other services need
 * it, so consumers never call back. Contacts are not published.
 *
 * @param hsCodes   the distinct HS codes of its products
 * @param products  its products
 * @param productId the product a {@code Product*} event is about; null for the other types
 * @param certifications the company's certifications (ISO 9001, EAC...)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExporterData(UUID id, String legalName, String displayName, String inn, String city,
        List<String> languages, String status, List<String> hsCodes, List<ProductSummary> products, UUID productId,
        String crmId, List<String> certifications) {
    public ExporterData {
        languages = languages == null ? List.of() : List.copyOf(languages);
        hsCodes = hsCodes == null ? List.of() : List.copyOf(hsCodes);
        products = products == null ? List.of() : List.copyOf(products);
        certifications = certifications == null ? List.of() : List.copyOf(certifications);
    }
}
