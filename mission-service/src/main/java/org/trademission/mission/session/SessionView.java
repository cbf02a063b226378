package org.trademission.mission.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A session as the API shows it, with how many slots it has. */
public record SessionView(UUID id, UUID missionId, String name, SessionFormat format, LocalDate date,
        LocalTime start, LocalTime end, int slotMinutes, int breakMinutes, Integer tables, int slotCount,
        long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
