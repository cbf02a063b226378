package org.trademission.platform.event.mission;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/**
 * A buyer's registration to a mission ({@code REGISTERED}, {@code CONFIRMED}, {@code CANCELLED}), with the periods
 * it cannot attend and the language it needs an interpreter for (null: none).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationData(UUID buyerId, String status, List<PeriodData> unavailable,
        String interpreterLanguage) {
    public RegistrationData {
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
    }
}
