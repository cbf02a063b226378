package org.trademission.exporter.company;

import jakarta.validation.constraints.Size;

/** The body of a verification or suspension: why (required for a suspension). */
public record StatusChange(@Size(max = 1000) String reason) {
}
