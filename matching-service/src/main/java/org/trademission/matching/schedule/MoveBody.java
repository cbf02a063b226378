package org.trademission.matching.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where staff move a meeting: the start of a slot of one of the mission's sessions (the meeting's own session when
 * {@code sessionId} is left out) and, in person, a table (the meeting's own or the first free one when left out).
 */
@Schema(example = """
        {"start": "2027-03-10T10:30:00+01:00", "table": 2}""")
public record MoveBody(UUID sessionId, @NotNull OffsetDateTime start, @Min(1) @Max(1000) Integer table) {
}
