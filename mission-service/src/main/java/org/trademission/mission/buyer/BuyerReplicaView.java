package org.trademission.mission.buyer;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What the mission service holds of a buyer. */
public record BuyerReplicaView(UUID id, String displayName, String country, String city, boolean enrolled,
        long sequence, OffsetDateTime updatedAt) {
}
