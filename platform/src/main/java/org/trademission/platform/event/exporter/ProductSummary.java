package org.trademission.platform.event.exporter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;
import org.trademission.platform.money.Money;

/**
 * One product of an exporter, as events carry it; {@code priceMin}/{@code priceMax} (one currency) when it has a
 * price range, for matching buyers' budgets.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductSummary(UUID id, String name, String hsCode, Money priceMin, Money priceMax) {
    public ProductSummary(UUID id, String name, String hsCode) {
        this(id, name, hsCode, null, null);
    }
}
