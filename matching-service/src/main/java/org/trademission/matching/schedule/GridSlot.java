package org.trademission.matching.schedule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One slot of a mission's B2B sessions, in time order across sessions; {@code day} in the mission's timezone. */
public record GridSlot(int index, UUID sessionId, String sessionName, boolean online, OffsetDateTime start,
        OffsetDateTime end, int tables, LocalDate day) {
}
