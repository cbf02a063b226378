package org.trademission.matching.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.event.mission.PeriodData;
import org.trademission.platform.event.mission.SessionData;

class DisplacedMeetingsTest {
    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    private static final LocalDateTime NINE = LocalDateTime.of(2027, 3, 9, 9, 0);
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2027-01-15T12:00:00Z");
    private static final UUID HALL = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private static final UUID STUDIO = UUID.fromString("00000000-0000-0000-0000-00000000a002");
    private static final UUID LASERTECH = UUID.fromString("00000000-0000-0000-0000-00000000e001");
    private static final UUID PRINT3D = UUID.fromString("00000000-0000-0000-0000-00000000e002");
    private static final UUID ATLAS = UUID.fromString("00000000-0000-0000-0000-00000000b001");
    private static final UUID SOUSS = UUID.fromString("00000000-0000-0000-0000-00000000b002");

    @Test
    void meetingsThatStillFitStayWhereTheyAre() {
        SessionData hall = session(HALL, NINE, 4, 2);
        List<DisplacedMeetings.Booked> meetings = List.of(at(LASERTECH, ATLAS, hall, 0, 1),
                at(PRINT3D, SOUSS, hall, 0, 2), at(LASERTECH, SOUSS, hall, 1, 1));
        assertTrue(resettle(grid(hall), Map.of(), meetings).isEmpty());
    }

    @Test
    void aMeetingOfARemovedSessionMovesToTheClosestFreeSlotOfAnotherSession() {
        SessionData hall = session(HALL, NINE, 4, 2);
        SessionData studio = session(STUDIO, NINE.plusHours(3), 4, 2);
        DisplacedMeetings.Booked meeting = at(LASERTECH, ATLAS, hall, 2, 1);

        DisplacedMeetings.Resettlement result = resettle(grid(studio), Map.of(), List.of(meeting));

        assertEquals(1, result.moves().size());
        assertEquals(slot(studio, 0), result.moves().get(0).slot().start());
        assertEquals(STUDIO, result.moves().get(0).slot().sessionId());
        assertEquals(1, result.moves().get(0).table());
    }

    @Test
    void aSessionStartingLaterKeepsTheMeetingsInSlotsItStillHasAndMovesTheOthersWithinItFirst() {
        SessionData before = session(HALL, NINE, 4, 2);
        SessionData later = session(HALL, NINE.plusHours(1), 4, 2);
        SessionData studio = session(STUDIO, NINE, 2, 5);
        DisplacedMeetings.Booked early = at(LASERTECH, ATLAS, before, 0, 1);
        DisplacedMeetings.Booked kept = at(LASERTECH, SOUSS, before, 2, 1);

        DisplacedMeetings.Resettlement result = resettle(grid(later, studio), Map.of(), List.of(early, kept));

        assertEquals(List.of(early.id()), result.moves().stream().map(DisplacedMeetings.Move::meetingId).toList());
        DisplacedMeetings.Move move = result.moves().get(0);
        assertEquals(HALL, move.slot().sessionId(), "its own session first, though the studio has a slot at 09:00");
        assertEquals(slot(later, 1), move.slot().start(), "10:00 is taken by LaserTech's meeting that stayed");
        assertEquals(1, move.table());
    }

    @Test
    void aMeetingInTheBuyersNewUnavailablePeriodMovesOutOfIt() {
        SessionData hall = session(HALL, NINE, 4, 2);
        DisplacedMeetings.Booked meeting = at(LASERTECH, ATLAS, hall, 1, 2);
        Map<UUID, List<PeriodData>> away = Map.of(ATLAS, List.of(period(NINE, NINE.plusMinutes(60))));

        DisplacedMeetings.Resettlement result = resettle(grid(hall), away, List.of(meeting));

        assertEquals(slot(hall, 2), result.moves().get(0).slot().start());
        assertEquals(2, result.moves().get(0).table(), "its table goes with it in its own session");
    }

    @Test
    void nobodyIsPutInTwoMeetingsAtOnceNorATableGivenTwice() {
        SessionData hall = session(HALL, NINE, 3, 1);
        DisplacedMeetings.Booked displaced = at(LASERTECH, ATLAS, hall, 0, 1);
        DisplacedMeetings.Booked exporterBusy = at(LASERTECH, SOUSS, hall, 1, 1);
        Map<UUID, List<PeriodData>> away = Map.of(ATLAS, List.of(period(NINE, NINE.plusMinutes(30))));

        DisplacedMeetings.Resettlement result = resettle(grid(hall), away, List.of(displaced, exporterBusy));

        assertEquals(slot(hall, 2), result.moves().get(0).slot().start());

        DisplacedMeetings.Booked otherPair = at(PRINT3D, SOUSS, hall, 0, 1);
        DisplacedMeetings.Booked tableTaken = at(LASERTECH, ATLAS, hall, 1, 1);
        SessionData oneSlotLess = session(HALL, NINE, 2, 1);
        DisplacedMeetings.Booked inTheLastSlot = at(UUID.randomUUID(), UUID.randomUUID(), hall, 2, 1);
        DisplacedMeetings.Resettlement full = resettle(grid(oneSlotLess), Map.of(),
                List.of(otherPair, tableTaken, inTheLastSlot));
        assertEquals(List.of(), full.moves());
        assertEquals(1, full.cancellations().size());
    }

    @Test
    void aMeetingNoSlotSuitsIsCancelledSayingWhy() {
        SessionData hall = session(HALL, NINE, 2, 2);
        DisplacedMeetings.Booked meeting = at(LASERTECH, ATLAS, hall, 0, 1);
        Map<UUID, List<PeriodData>> away = Map.of(ATLAS, List.of(period(NINE, NINE.plusHours(1))));

        DisplacedMeetings.Resettlement result = resettle(grid(hall), away, List.of(meeting));

        assertEquals(List.of(), result.moves());
        assertEquals("the buyer cannot attend at 2027-03-09 09:00, and no other slot suits both sides",
                result.cancellations().get(0).reason());
        assertEquals("its session was removed, and no other slot suits both sides",
                resettle(grid(), Map.of(), List.of(meeting)).cancellations().get(0).reason());
    }

    @Test
    void aMeetingIsNeverMovedIntoThePast() {
        SessionData hall = session(HALL, NINE, 4, 2);
        DisplacedMeetings.Booked meeting = at(LASERTECH, ATLAS, hall, 3, 1);
        SessionData shorter = session(HALL, NINE, 3, 2);
        OffsetDateTime duringTheSession = slot(hall, 1).plusMinutes(5);

        DisplacedMeetings.Resettlement result = DisplacedMeetings.resettle(MissionGrid.of(mission(shorter)), Map.of(),
                List.of(meeting), duringTheSession);

        assertEquals(slot(hall, 2), result.moves().get(0).slot().start());
        DisplacedMeetings.Resettlement late = DisplacedMeetings.resettle(MissionGrid.of(mission(shorter)), Map.of(),
                List.of(meeting), slot(hall, 2));
        assertEquals("its session no longer has a slot at 2027-03-09 10:30, and no other slot suits both sides",
                late.cancellations().get(0).reason());
    }

    @Test
    void aMeetingThatMustStayKeepsItsPlaceAndKeepsItsParticipantsBusy() {
        SessionData hall = session(HALL, NINE, 2, 2);
        DisplacedMeetings.Booked started = new DisplacedMeetings.Booked(UUID.randomUUID(), LASERTECH, SOUSS, STUDIO,
                slot(hall, 1), hall.slots().get(1).end(), 1, false);
        DisplacedMeetings.Booked displaced = at(LASERTECH, ATLAS, hall, 0, 1);
        Map<UUID, List<PeriodData>> away = Map.of(ATLAS, List.of(period(NINE, NINE.plusMinutes(30))));

        DisplacedMeetings.Resettlement result = resettle(grid(hall), away, List.of(started, displaced));

        assertEquals(List.of(), result.moves(), "its session was removed, yet it stays; LaserTech is busy at 09:30");
        assertEquals(List.of(displaced.id()), result.cancellations().stream()
                .map(DisplacedMeetings.Cancellation::meetingId).toList());
    }

    @Test
    void aSessionMadeOnlineKeepsItsMeetingsInTheirSlotsWithoutTables() {
        SessionData hall = session(HALL, NINE, 2, 2);
        SessionData online = session(HALL, NINE, 2, null);
        DisplacedMeetings.Booked meeting = at(LASERTECH, ATLAS, hall, 1, 2);

        DisplacedMeetings.Move move = resettle(grid(online), Map.of(), List.of(meeting)).moves().get(0);

        assertEquals(slot(hall, 1), move.slot().start());
        assertTrue(move.slot().online());
        assertNull(move.table());
    }

    @Test
    void aSessionMadeInPersonSeatsItsMeetingsAndMovesThoseNoTableIsLeftFor() {
        SessionData online = session(HALL, NINE, 2, null);
        SessionData oneTable = session(HALL, NINE, 2, 1);
        DisplacedMeetings.Booked first = at(LASERTECH, ATLAS, online, 0, null);
        DisplacedMeetings.Booked second = at(PRINT3D, SOUSS, online, 0, null);

        DisplacedMeetings.Resettlement result = resettle(grid(oneTable), Map.of(), List.of(first, second));

        assertEquals(2, result.moves().size());
        List<String> places = result.moves().stream().map(m -> m.slot().start().atZoneSameInstant(CASABLANCA)
                .toLocalTime() + " table " + m.table()).sorted().toList();
        assertEquals(List.of("09:00 table 1", "09:30 table 1"), places);
    }

    @Test
    void fewerTablesMoveOnlyTheMeetingsAtTablesThatAreGone() {
        SessionData three = session(HALL, NINE, 2, 3);
        SessionData two = session(HALL, NINE, 2, 2);
        DisplacedMeetings.Booked atOne = at(LASERTECH, ATLAS, three, 0, 1);
        DisplacedMeetings.Booked atThree = at(PRINT3D, SOUSS, three, 0, 3);

        DisplacedMeetings.Resettlement result = resettle(grid(two), Map.of(), List.of(atOne, atThree));

        assertEquals(1, result.moves().size());
        assertEquals(atThree.id(), result.moves().get(0).meetingId());
        assertEquals(slot(three, 0), result.moves().get(0).slot().start(), "table 2 is free in the same slot");
        assertEquals(2, result.moves().get(0).table());
    }

    @Test
    void aSlotMadeLongerKeepsItsMeetingWhichNowEndsLater() {
        SessionData halfHours = session(HALL, NINE, 2, 2);
        SessionData hours = session(HALL, NINE, 2, 60, 2);
        DisplacedMeetings.Booked meeting = at(LASERTECH, ATLAS, halfHours, 0, 1);

        DisplacedMeetings.Move move = resettle(grid(hours), Map.of(), List.of(meeting)).moves().get(0);

        assertEquals(slot(halfHours, 0), move.slot().start());
        assertEquals(NINE.plusHours(1).atZone(CASABLANCA).toOffsetDateTime(), move.slot().end());
        assertEquals(1, move.table());
    }

    @Test
    void betweenTwoSlotsAsCloseTheEarlierIsChosenAndEarlierMeetingsChooseFirst() {
        SessionData hall = session(HALL, NINE, 5, 1);
        DisplacedMeetings.Booked morning = at(LASERTECH, ATLAS, hall, 2, 1);
        DisplacedMeetings.Booked laterOne = at(PRINT3D, SOUSS, hall, 3, 1);
        Map<UUID, List<PeriodData>> away = Map.of(ATLAS, List.of(period(NINE.plusHours(1), NINE.plusMinutes(90))),
                SOUSS, List.of(period(NINE.plusHours(1), NINE.plusHours(2))));

        DisplacedMeetings.Resettlement result = resettle(grid(hall), away, List.of(laterOne, morning));

        assertEquals(slot(hall, 1), result.moves().get(0).slot().start(), "09:30 and 10:30 are as close to 10:00");
        assertEquals(morning.id(), result.moves().get(0).meetingId());
        assertEquals(slot(hall, 4), result.moves().get(1).slot().start(), "10:00 is free, but Souss is away");
    }

    private static DisplacedMeetings.Resettlement resettle(MissionGrid grid, Map<UUID, List<PeriodData>> away,
            List<DisplacedMeetings.Booked> meetings) {
        return DisplacedMeetings.resettle(grid, away, meetings, NOW);
    }

    private static DisplacedMeetings.Booked at(UUID exporter, UUID buyer, SessionData session, int slot,
            Integer table) {
        PeriodData period = session.slots().get(slot);
        return new DisplacedMeetings.Booked(UUID.randomUUID(), exporter, buyer, session.id(), period.start(),
                period.end(), table, true);
    }

    private static OffsetDateTime slot(SessionData session, int index) {
        return session.slots().get(index).start();
    }

    private static SessionData session(UUID id, LocalDateTime start, int slots, Integer tables) {
        return session(id, start, slots, 30, tables);
    }

    /** {@code tables} null: online. */
    private static SessionData session(UUID id, LocalDateTime start, int slots, int minutes, Integer tables) {
        List<PeriodData> periods = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            periods.add(period(start.plusMinutes((long) i * minutes), start.plusMinutes((long) (i + 1) * minutes)));
        }
        return new SessionData(id, "Session " + id.toString().substring(32), tables == null ? "ONLINE" : "IN_PERSON",
                start.toLocalDate(), tables, periods);
    }

    private static PeriodData period(LocalDateTime from, LocalDateTime to) {
        return new PeriodData(from.atZone(CASABLANCA).toOffsetDateTime(), to.atZone(CASABLANCA).toOffsetDateTime());
    }

    private static MissionGrid grid(SessionData... sessions) {
        return MissionGrid.of(mission(sessions));
    }

    private static MissionData mission(SessionData... sessions) {
        LocalDate start = NINE.toLocalDate();
        return new MissionData(UUID.randomUUID(), "Mission d'affaires au Maroc", "CONFIRMED", "HYBRID", "MA",
                List.of("Casablanca"), start, start.plusDays(2), CASABLANCA.getId(), start.minusDays(30),
                List.of("8456"), 7, List.of(), List.of(), Arrays.asList(sessions), null);
    }
}
