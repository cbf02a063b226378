package org.trademission.platform.event.buyer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.UUID;
import org.trademission.platform.measure.Quantity;
import org.trademission.platform.money.Money;

/** One active sourcing interest of a buyer, as events carry it: an HS prefix, how much, for what budget, by when. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InterestData(UUID id, String hsCode, String description, Quantity quantity, Money budget,
        LocalDate neededBy) {
}
