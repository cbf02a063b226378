package org.trademission.matching.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.matching.outcome.Side;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.event.EventTypes;
import org.trademission.platform.problem.ProblemException;

class MeetingTest {
    private static final OffsetDateTime NINE = OffsetDateTime.of(2027, 3, 9, 9, 0, 0, 0, ZoneOffset.ofHours(1));

    @Test
    void callingOffBeforeTheStartCancelsItAndSaysWhoDid() {
        Meeting meeting = scheduledAt(NINE);
        DomainEvent event = meeting.callOff(Side.BUYER, "vol annulé", NINE.minusDays(1));
        assertEquals(EventTypes.MEETING_CANCELLED, event.type());
        assertEquals(2, event.sequence());
        assertEquals(Meeting.Status.CANCELLED, meeting.status());
        assertEquals(Side.BUYER, meeting.cancelledBy());
        assertEquals("Cancelled by the buyer: vol annulé", meeting.view().reason());
    }

    @Test
    void refusesToCallOffAMeetingThatStartedOrIsAlreadyCancelled() {
        Meeting started = scheduledAt(NINE);
        ProblemException late = assertThrows(ProblemException.class,
                () -> started.callOff(Side.EXPORTER, null, NINE));
        assertEquals(409, late.problem().status());
        assertTrue(late.getMessage().contains("outcome"), late.getMessage());

        Meeting meeting = scheduledAt(NINE);
        meeting.callOff(Side.AGENCY, null, NINE.minusHours(1));
        ProblemException twice = assertThrows(ProblemException.class,
                () -> meeting.callOff(Side.EXPORTER, null, NINE.minusHours(1)));
        assertEquals(409, twice.problem().status());
        assertEquals(Side.AGENCY, meeting.cancelledBy(), "the first call-off stands");
    }

    @Test
    void placingACalledOffMeetingAgainSchedulesItAfresh() {
        Meeting meeting = scheduledAt(NINE);
        meeting.callOff(Side.EXPORTER, null, NINE.minusDays(2));
        DomainEvent event = meeting.place(planned(NINE.plusMinutes(30)), null, NINE.minusDays(1)).orElseThrow();
        assertEquals(EventTypes.MEETING_SCHEDULED, event.type());
        assertEquals(Meeting.Status.SCHEDULED, meeting.status());
        assertNull(meeting.cancelledBy());
        assertNull(meeting.view().reason());
    }

    private static Meeting scheduledAt(OffsetDateTime start) {
        Meeting meeting = Meeting.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        meeting.place(planned(start), null, start.minusDays(10)).orElseThrow();
        return meeting;
    }

    private static SchedulePlanner.PlannedMeeting planned(OffsetDateTime start) {
        GridSlot slot = new GridSlot(0, UUID.randomUUID(), "B2B", false, start, start.plusMinutes(30), 2,
                LocalDate.from(start));
        return new SchedulePlanner.PlannedMeeting(UUID.randomUUID(), UUID.randomUUID(), slot, 1,
                Origin.ACCEPTED_REQUEST, UUID.randomUUID(), null);
    }
}
