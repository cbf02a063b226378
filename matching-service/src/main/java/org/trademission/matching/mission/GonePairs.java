package org.trademission.matching.mission;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.event.mission.RegistrationData;

/**
 * Why an exporter and a buyer of a mission can no longer meet, read from the mission's state: it was cancelled, the
 * exporter's application is no longer accepted, or the buyer cancelled its registration. Plain Java.
 */
public final class GonePairs {
    private final MissionData mission;
    private final Set<UUID> exporters;
    private final Set<UUID> buyers;

    private GonePairs(MissionData mission) {
        this.mission = mission;
        this.exporters = new HashSet<>(MissionReplica.acceptedExporters(mission));
        this.buyers = new HashSet<>(MissionReplica.registeredBuyers(mission).stream().map(RegistrationData::buyerId)
                .toList());
    }

    public static GonePairs of(MissionData mission) {
        return new GonePairs(mission);
    }

    /** Why the pair can no longer meet; empty while both take part in a mission that goes on. */
    public Optional<String> why(UUID exporterId, UUID buyerId) {
        if ("CANCELLED".equals(mission.status())) {
            return Optional.of("the mission was cancelled");
        }
        if (!exporters.contains(exporterId)) {
            return Optional.of("the exporter's application is " + mission.applications().stream()
                    .filter(a -> a.exporterId().equals(exporterId)).map(a -> a.status()).findFirst().orElse("gone"));
        }
        if (!buyers.contains(buyerId)) {
            return Optional.of("the buyer cancelled its registration");
        }
        return Optional.empty();
    }
}
