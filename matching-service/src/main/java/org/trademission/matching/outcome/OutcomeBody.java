package org.trademission.matching.outcome;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.trademission.platform.money.Money;
import org.trademission.platform.text.MultiLine;

/**
 * A side's view of a meeting. {@code interest} 1 (none) to 5 (strong), required when attended; {@code side} only
 * for staff, recording on behalf of the EXPORTER or the BUYER (default AGENCY, the agency's own view).
 */
@Schema(example = """
        {"attended": true, "interest": 4, "nextStep": "SAMPLES",
         "estimatedValue": {"amount": "85000.00", "currency": "EUR"},
         "notes": "Интерес к лазерным граверам для производства упаковки; образцы до 15 апреля"}""")
public record OutcomeBody(@NotNull Boolean attended, @Min(1) @Max(5) Integer interest, @NotNull NextStep nextStep,
        @Valid Money estimatedValue, @Size(max = 4000) @MultiLine String notes, Side side) {
}
