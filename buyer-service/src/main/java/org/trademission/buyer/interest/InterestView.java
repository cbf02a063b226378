package org.trademission.buyer.interest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.platform.hs.HsChapter;
import org.trademission.platform.measure.Quantity;
import org.trademission.platform.money.Money;

/** A sourcing interest as the API shows it; {@code budget} only for the agency and the buyer itself. */
public record InterestView(UUID id, UUID buyerId, String hsCode, HsChapter hsChapter, String description,
        Quantity quantity, @JsonInclude(JsonInclude.Include.NON_NULL) Money budget, LocalDate neededBy,
        boolean active, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public InterestView withoutBudget() {
        return new InterestView(id, buyerId, hsCode, hsChapter, description, quantity, null, neededBy, active, version,
                createdAt, updatedAt);
    }
}
