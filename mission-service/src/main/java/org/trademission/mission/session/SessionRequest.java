package org.trademission.mission.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A B2B session: a day's block of meetings. {@code start} and {@code end} are local times in the mission's zone;
 * {@code tables} is required in person, absent online (a video room per meeting).
 */
@Schema(example = """
        {"name": "B2B — matinée", "format": "IN_PERSON", "date": "2027-03-10", "start": "09:00", "end": "12:30",
         "slotMinutes": 30, "breakMinutes": 5, "tables": 7}""")
public record SessionRequest(
        @Size(max = 200) String name,
        @NotNull SessionFormat format,
        @NotNull LocalDate date,
        @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                example = "09:00") LocalTime start,
        @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                example = "12:30") LocalTime end,
        @NotNull @Min(10) @Max(120) Integer slotMinutes,
        @Min(0) @Max(240) Integer breakMinutes,
        @Min(1) @Max(1000) Integer tables) {

    public SessionRequest {
        breakMinutes = breakMinutes == null ? 0 : breakMinutes;
    }
}
