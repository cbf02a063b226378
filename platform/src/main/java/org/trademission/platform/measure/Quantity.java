package org.trademission.platform.measure;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** An amount of goods in a unit, e.g. {@code {"amount": 20, "unit": "t"}} (a JSON number or a decimal string). */
public record Quantity(
        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 3) BigDecimal amount,
        @NotBlank @Size(max = 20) String unit) {
}
