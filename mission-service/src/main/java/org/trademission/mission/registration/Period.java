package org.trademission.mission.registration;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** A period a buyer cannot attend: ISO-8601 with offset, start inclusive, end exclusive. */
public record Period(@NotNull OffsetDateTime start, @NotNull OffsetDateTime end) {
}
