package org.trademission.matching.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.trademission.platform.text.MultiLine;

/** A request to meet: from an accepted exporter to a registered buyer of the mission, or the other way round. */
public record MeetingRequestBody(@NotNull UUID fromId, @NotNull UUID toId, @Min(1) @Max(3) Integer priority,
        @Size(max = 2000) @MultiLine String message) {
    public MeetingRequestBody {
        priority = priority == null ? 2 : priority;
    }
}
