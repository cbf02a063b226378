package org.trademission.buyer.demand;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import org.trademission.platform.hs.HsChapter;
import org.trademission.platform.measure.Quantity;
import org.trademission.platform.money.Money;

/** One active sourcing interest in the market's demand, with its buyer; {@code budget} not shown to partners. */
public record DemandItem(UUID interestId, UUID buyerId, String buyerDisplayName, String country, String city,
        boolean enrolled, String hsCode, HsChapter hsChapter, String description, Quantity quantity,
        @JsonInclude(JsonInclude.Include.NON_NULL) Money budget, LocalDate neededBy) {
}
