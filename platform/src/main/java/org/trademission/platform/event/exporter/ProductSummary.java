package org.trademission.platform.event.exporter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** One product of an exporter, as events carry it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductSummary(UUID id, String name, String hsCode) {
}
