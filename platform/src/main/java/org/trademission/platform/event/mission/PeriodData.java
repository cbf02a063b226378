package org.trademission.platform.event.mission;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/** A period of time, start inclusive and end exclusive. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PeriodData(OffsetDateTime start, OffsetDateTime end) {
}
