package org.trademission.buyer.interest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.trademission.platform.hs.HsPrefix;
import org.trademission.platform.measure.Quantity;
import org.trademission.platform.money.Money;
import org.trademission.platform.text.MultiLine;

/** The fields a client sets on a sourcing interest. {@code active} defaults to true. */
@Schema(example = """
        {"hsCode": "3901", "description": "Polyéthylène basse densité (LDPE) pour films d'emballage",
         "quantity": {"amount": 120, "unit": "t"}, "budget": {"amount": "150000.00", "currency": "EUR"},
         "neededBy": "2027-06-30", "active": true}""")
public record InterestRequest(
        @NotNull @HsPrefix String hsCode,
        @Size(max = 2000) @MultiLine String description,
        @Valid Quantity quantity,
        @Valid Money budget,
        LocalDate neededBy,
        Boolean active) {

    public InterestRequest {
        active = active == null ? Boolean.TRUE : active;
    }
}
