package org.trademission.exporter.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.trademission.platform.money.Money;

/** A product's price band; {@code min} at most {@code max}, both in one currency (checked by the product). */
public record PriceRange(@NotNull @Valid Money min, @NotNull @Valid Money max) {
}
