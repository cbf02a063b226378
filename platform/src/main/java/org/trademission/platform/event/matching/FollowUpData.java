package org.trademission.platform.event.matching;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.platform.money.Money;

/**
 * The {@code data} of {@code FollowUpRecorded} on {@code matching.v1} (keyed by the meeting's id): a step after the
 * meeting — {@code stage} CONTACT_MADE, SAMPLES_SENT, QUOTE_SENT, NEGOTIATION, CONTRACT_SIGNED or LOST — and the
 * meeting's pipeline stage after it (the latest step by date).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FollowUpData(UUID id, UUID meetingId, UUID missionId, UUID exporterId, UUID buyerId, String stage,
        Money value, LocalDate date, String notes, String pipelineStage, String recordedBy,
        OffsetDateTime recordedAt) {
}
