package org.trademission.mission.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.trademission.platform.text.MultiLine;

/** An exporter applies to a mission: itself (role exporter) or on its behalf (staff). */
@Schema(example = """
        {"exporterId": "3f9c2b1e-7a4d-4e8b-9c21-5d6f7a8b9c0d",
         "motivation": "Nous cherchons des distributeurs d'équipements de gravure laser au Maroc."}""")
public record ApplicationRequest(@NotNull UUID exporterId, @Size(max = 5000) @MultiLine String motivation) {
}
