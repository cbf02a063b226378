package org.trademission.matching.schedule;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One participant's day(s): its meetings in time order, each with the counterpart, the place and the interpreter;
 * and its meetings that were cancelled, so that a calendar client removes them.
 */
public record AgendaView(UUID missionId, String missionTitle, String timezone, UUID participantId,
        String participantName, String participantKind, List<Item> meetings, List<Item> cancelled) {

    /**
     * @param table null online, where {@code videoLink} is the room
     * @param cancellation why a cancelled meeting was cancelled (e.g. "Cancelled by the buyer: …"); null otherwise
     */
    public record Item(UUID meetingId, OffsetDateTime start, OffsetDateTime end, UUID sessionId, String sessionName,
            Integer table, String videoLink, UUID counterpartId, String counterpartName, String interpreterLanguage,
            String cancellation, long version) {
    }
}
