package org.trademission.matching.outcome;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.trademission.platform.money.Money;
import org.trademission.platform.text.MultiLine;

/**
 * A step after the meeting: its stage, the deal's value as it now stands, the day it happened (default today).
 * The example leaves the date out: any fixed day would be in the future or before some meeting (both a 422).
 */
@Schema(example = """
        {"stage": "QUOTE_SENT", "value": {"amount": "92000.00", "currency": "EUR"},
         "notes": "Devis envoyé pour deux graveurs laser LGM-3020"}""")
public record FollowUpBody(@NotNull Stage stage, @Valid Money value, LocalDate date,
        @Size(max = 4000) @MultiLine String notes) {
}
