package org.trademission.mission.session;

import java.time.OffsetDateTime;

/** A slot of a session: start and end with the offset of the mission's zone at that moment. */
public record SlotView(int index, OffsetDateTime start, OffsetDateTime end) {
}
