package org.trademission.platform.event.buyer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of every event on {@code buyers.v1}: the buyer's full current state as other services need it, so
 * consumers never call back. Contacts are not published.
 *
 * @param interests  its active sourcing interests
 * @param interestId the interest an {@code Interest*} event is about; null for the other types
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BuyerData(UUID id, String legalName, String displayName, String country, String city, String ice,
        List<String> languages, String companySize, ProgrammeData programme, List<InterestData> interests,
        UUID interestId, String crmId) {
    public BuyerData {
        languages = languages == null ? List.of() : List.copyOf(languages);
        interests = interests == null ? List.of() : List.copyOf(interests);
    }
}
