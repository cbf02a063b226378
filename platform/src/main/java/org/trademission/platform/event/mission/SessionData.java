package org.trademission.platform.event.mission;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A B2B session of a mission: its format, tables (in person) and its slots, each with a zoned start and end. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionData(UUID id, String name, String format, LocalDate date, Integer tables,
        List<PeriodData> slots) {
    public SessionData {
        slots = slots == null ? List.of() : List.copyOf(slots);
    }
}
