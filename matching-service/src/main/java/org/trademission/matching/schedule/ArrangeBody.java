package org.trademission.matching.schedule;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A meeting staff arrange by hand: an accepted exporter and a registered buyer of the mission, the start of a slot
 * (of {@code sessionId}'s session, which may be left out when only one session has a slot starting then) and, in
 * person, a table (the first free one when left out).
 */
@Schema(example = """
        {"exporterId": "3f9c2b1e-7a4d-4e8b-9c21-5d6f7a8b9c0d", "buyerId": "8d2e4f60-1b3a-4c5d-9e7f-0a1b2c3d4e5f",
         "start": "2027-03-10T10:30:00+01:00", "table": 3}""")
public record ArrangeBody(@NotNull UUID exporterId, @NotNull UUID buyerId, UUID sessionId,
        @NotNull OffsetDateTime start, @Min(1) @Max(1000) Integer table) {
}
