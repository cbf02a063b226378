package org.trademission.matching.outcome;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.platform.money.Money;

public record FollowUpView(UUID id, Stage stage, Money value, LocalDate date, String notes, String recordedBy,
        OffsetDateTime recordedAt) {
}
