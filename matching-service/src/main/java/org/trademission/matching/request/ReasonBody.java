package org.trademission.matching.request;

import jakarta.validation.constraints.Size;
import org.trademission.platform.text.MultiLine;

/** An optional reason (declining, cancelling). */
public record ReasonBody(@Size(max = 1000) @MultiLine String reason) {
}
