package org.trademission.mission.registration;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A buyer's registration as the API shows it, with the buyer's name from the buyer replica. */
public record RegistrationView(UUID missionId, UUID buyerId, String buyerDisplayName, RegistrationStatus status,
        List<Period> unavailable, String interpreterLanguage, long version, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
