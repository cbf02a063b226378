package org.trademission.exporter.company;

import jakarta.validation.constraints.Size;

/** The body of a suspension: why (optional, kept as {@code statusReason}). */
public record StatusChange(@Size(max = 1000) String reason) {
}
