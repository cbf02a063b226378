package org.trademission.mission.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.trademission.platform.text.MultiLine;

/** An exporter applies to a mission: itself (role exporter) or on its behalf (staff). */
public record ApplicationRequest(@NotNull UUID exporterId, @Size(max = 5000) @MultiLine String motivation) {
}
