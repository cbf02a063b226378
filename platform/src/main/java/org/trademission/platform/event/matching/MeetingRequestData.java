package org.trademission.platform.event.matching;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * The {@code data} of the {@code MeetingRequest*} events on {@code matching.v1}: the request's whole state.
 * {@code fromId}/{@code toId} are the exporter and the buyer in the direction of the request; {@code reason} says why
 * a request was cancelled (by whom, or what made it moot).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeetingRequestData(UUID id, UUID missionId, UUID exporterId, UUID buyerId, UUID fromId, UUID toId,
        int priority, String message, String status, String reason) {
}
