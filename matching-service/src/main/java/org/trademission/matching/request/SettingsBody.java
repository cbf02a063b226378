package org.trademission.matching.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A mission's matching settings: the most pending requests a participant may have sent (default 12). */
public record SettingsBody(@NotNull @Min(1) @Max(500) Integer maxOpenRequests) {
}
