package org.trademission.platform.event.exporter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of every event on {@code exporters.v1}: the exporter's full current state as other services need
 * it, so consumers never call back. Contacts are not published.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExporterData(UUID id, String legalName, String displayName, String inn, String city,
        List<String> languages, String status, List<String> hsCodes, String crmId) {
    public ExporterData {
        languages = languages == null ? List.of() : List.copyOf(languages);
        hsCodes = hsCodes == null ? List.of() : List.copyOf(hsCodes);
    }
}
