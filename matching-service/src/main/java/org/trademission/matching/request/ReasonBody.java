package org.trademission.matching.request;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.trademission.platform.text.MultiLine;

/** An optional reason (declining, cancelling). */
@Schema(example = """
        {"reason": "Ce créneau ne convient plus à notre délégation"}""")
public record ReasonBody(@Size(max = 1000) @MultiLine String reason) {
}
