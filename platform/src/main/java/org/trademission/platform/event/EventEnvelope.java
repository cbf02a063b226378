package org.trademission.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The contract's event envelope: {@code {"id", "type", "source", "subject", "time", "sequence", "data"}}.
 * {@code sequence} is the aggregate's version after the change, so consumers can drop stale events.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope(UUID id, String type, String source, UUID subject, OffsetDateTime time, long sequence,
        JsonNode data) {
}
