package org.trademission.mission.mission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.trademission.platform.text.MultiLine;

/** Why a mission is cancelled (required; kept as {@code statusReason}). */
@Schema(example = """
        {"reason": "Salon reporté par l'organisateur marocain"}""")
public record CancellationRequest(@NotBlank @Size(max = 1000) @MultiLine String reason) {
}
