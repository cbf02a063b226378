package org.trademission.matching.buyer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.trademission.platform.event.buyer.InterestData;

/** What the matching service holds of a buyer. */
public record BuyerReplicaView(UUID id, String displayName, String country, List<String> languages,
        boolean enrolled, List<InterestData> interests, long sequence, OffsetDateTime updatedAt) {
}
