package org.trademission.platform.event.buyer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** The buyer's place in the agency's buyers programme: enrolled since a date, or not enrolled. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProgrammeData(boolean enrolled, LocalDate since) {
}
