package org.trademission.matching.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.trademission.platform.text.MultiLine;

/** A request to meet: from an accepted exporter to a registered buyer of the mission, or the other way round. */
@Schema(example = """
        {"fromId": "3f9c2b1e-7a4d-4e8b-9c21-5d6f7a8b9c0d", "toId": "8d2e4f60-1b3a-4c5d-9e7f-0a1b2c3d4e5f",
         "priority": 1, "message": "Nous aimerions présenter nos graveurs laser pour l'emballage."}""")
public record MeetingRequestBody(@NotNull UUID fromId, @NotNull UUID toId, @Min(1) @Max(3) Integer priority,
        @Size(max = 2000) @MultiLine String message) {
    public MeetingRequestBody {
        priority = priority == null ? 2 : priority;
    }
}
