package org.trademission.matching.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A mission's matching settings: the most pending requests a participant may have sent (default 12); for the
 * schedule, the most meetings per participant (null: as many as there are slots), the most breaks per participant
 * (fairness, default 2), and how many of its best recommendations each participant gets on top of its requests
 * (default 2; 0: requests only).
 */
@Schema(example = """
        {"maxOpenRequests": 12, "maxMeetingsPerParticipant": 10, "maxBreaksPerParticipant": 2,
         "recommendedPerParticipant": 2}""")
public record SettingsBody(@NotNull @Min(1) @Max(500) Integer maxOpenRequests,
        @Min(1) @Max(500) Integer maxMeetingsPerParticipant, @Min(0) @Max(50) Integer maxBreaksPerParticipant,
        @Min(0) @Max(50) Integer recommendedPerParticipant) {
}
