package org.trademission.matching.outcome;

import java.time.OffsetDateTime;
import org.trademission.platform.money.Money;

/** One side's view of a meeting, as recorded last. */
public record OutcomeView(Side side, boolean attended, Integer interest, NextStep nextStep, Money estimatedValue,
        String notes, String recordedBy, OffsetDateTime recordedAt, long version) {
}
