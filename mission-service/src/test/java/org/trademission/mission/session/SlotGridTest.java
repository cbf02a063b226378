package org.trademission.mission.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotGridTest {
    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void cutsAMorningIntoSlotsWithBreaks() {
        List<SlotGrid.Slot> slots = SlotGrid.slots(LocalDate.of(2027, 5, 12), LocalTime.of(9, 0),
                LocalTime.of(12, 30), 30, 5, CASABLANCA);
        assertEquals(6, slots.size());
        assertEquals("2027-05-12T09:00+01:00", slots.get(0).start().toOffsetDateTime().toString());
        assertEquals("2027-05-12T09:30+01:00", slots.get(0).end().toOffsetDateTime().toString());
        assertEquals("2027-05-12T09:35+01:00", slots.get(1).start().toOffsetDateTime().toString());
        assertEquals("2027-05-12T12:25+01:00", slots.get(5).end().toOffsetDateTime().toString());
    }

    @Test
    void laysSlotsOnTheRealTimelineWhenTheClocksGoForward() {
        // Europe/Paris, 28 March 2027: 02:00 becomes 03:00; a session from 01:00 to 04:00 lasts two hours
        List<SlotGrid.Slot> slots = SlotGrid.slots(LocalDate.of(2027, 3, 28), LocalTime.of(1, 0),
                LocalTime.of(4, 0), 30, 0, PARIS);
        assertEquals(List.of("2027-03-28T01:00+01:00", "2027-03-28T01:30+01:00", "2027-03-28T03:00+02:00",
                "2027-03-28T03:30+02:00"), slots.stream().map(s -> s.start().toOffsetDateTime().toString()).toList());
        assertEquals("2027-03-28T04:00+02:00", slots.get(3).end().toOffsetDateTime().toString());
    }

    @Test
    void laysSlotsOnTheRealTimelineWhenTheClocksGoBack() {
        // Europe/Paris, 31 October 2027: 03:00 becomes 02:00; a session from 01:00 to 04:00 lasts four hours
        List<SlotGrid.Slot> slots = SlotGrid.slots(LocalDate.of(2027, 10, 31), LocalTime.of(1, 0),
                LocalTime.of(4, 0), 60, 0, PARIS);
        assertEquals(List.of("2027-10-31T01:00+02:00", "2027-10-31T02:00+02:00", "2027-10-31T02:00+01:00",
                "2027-10-31T03:00+01:00"), slots.stream().map(s -> s.start().toOffsetDateTime().toString()).toList());
    }

    @Test
    void keepsSlotsOnMoroccosRamadanClockChangeDay() {
        // Africa/Casablanca leaves its +01:00 for +00:00 around Ramadan; slots carry the offset of their moment
        ZoneId zone = CASABLANCA;
        LocalDate change = zone.getRules().nextTransition(java.time.Instant.parse("2027-01-01T00:00:00Z"))
                .getDateTimeBefore().toLocalDate();
        List<SlotGrid.Slot> slots = SlotGrid.slots(change, LocalTime.of(0, 0), LocalTime.of(6, 0), 60, 0, zone);
        long offsets = slots.stream().map(s -> s.start().getOffset()).distinct().count();
        assertEquals(2, offsets, "the day's slots span the clock change: " + slots);
        for (int i = 1; i < slots.size(); i++) {
            assertEquals(slots.get(i - 1).end().toInstant(), slots.get(i).start().toInstant());
        }
    }

    @Test
    void fitsNoSlotWhenTheSessionIsShorterThanOne() {
        assertTrue(SlotGrid.slots(LocalDate.of(2027, 3, 10), LocalTime.of(9, 0), LocalTime.of(9, 20), 30, 0,
                CASABLANCA).isEmpty());
        assertFalse(SlotGrid.startsBeforeItEnds(LocalDate.of(2027, 3, 10), LocalTime.of(10, 0), LocalTime.of(9, 0),
                CASABLANCA));
    }
}
