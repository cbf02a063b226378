package org.trademission.mission.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.trademission.platform.text.MultiLine;

/** Staff's decision on an application: ACCEPTED, WAITLISTED or REJECTED, with an optional note. */
public record DecisionRequest(@NotNull ApplicationStatus status, @Size(max = 2000) @MultiLine String note) {
}
