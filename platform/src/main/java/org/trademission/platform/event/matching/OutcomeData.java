package org.trademission.platform.event.matching;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.platform.money.Money;

/**
 * The {@code data} of {@code MeetingOutcomeRecorded} on {@code matching.v1} (keyed by the meeting's id): one side's
 * view of a meeting — {@code side} EXPORTER, BUYER or AGENCY (staff recording what it learnt) — as it now stands.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OutcomeData(UUID meetingId, UUID missionId, UUID exporterId, UUID buyerId, String side,
        boolean attended, Integer interest, String nextStep, Money estimatedValue, String notes, String recordedBy,
        OffsetDateTime recordedAt) {
}
