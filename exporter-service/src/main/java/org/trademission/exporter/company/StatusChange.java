package org.trademission.exporter.company;

import org.trademission.platform.text.MultiLine;
import jakarta.validation.constraints.Size;

/** The body of a suspension: why (optional, kept as {@code statusReason}). */
public record StatusChange(@Size(max = 1000) @MultiLine String reason) {
}
