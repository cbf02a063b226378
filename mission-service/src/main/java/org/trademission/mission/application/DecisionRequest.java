package org.trademission.mission.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.trademission.platform.text.MultiLine;

/** Staff's decision on an application: ACCEPTED, WAITLISTED or REJECTED, with an optional note. */
@Schema(example = """
        {"status": "ACCEPTED", "note": "Produits en phase avec les acheteurs inscrits (HS 8456)"}""")
public record DecisionRequest(@NotNull ApplicationStatus status, @Size(max = 2000) @MultiLine String note) {
}
