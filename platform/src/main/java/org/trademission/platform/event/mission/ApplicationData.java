package org.trademission.platform.event.mission;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** An exporter's application to a mission: {@code SUBMITTED}, {@code ACCEPTED}, {@code WAITLISTED}, ... */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationData(UUID id, UUID exporterId, String status) {
}
