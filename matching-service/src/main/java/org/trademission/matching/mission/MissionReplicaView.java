package org.trademission.matching.mission;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.platform.event.mission.MissionData;

/** What the matching service holds of a mission. */
public record MissionReplicaView(UUID id, String status, long sequence, OffsetDateTime updatedAt, MissionData data) {
}
