package org.trademission.mission.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a session into slots: {@code slotMinutes} long, {@code breakMinutes} apart, from {@code start} to {@code end}
 * (local times of the mission's zone). Plain Java. Slots are laid on the real timeline: on a day when the clocks
 * change, a session from 01:00 to 04:00 in Europe/Paris lasts two hours and its slots carry the offset of their
 * moment; a local start that does not exist (in the gap) begins at the first moment after it.
 */
public final class SlotGrid {
    private SlotGrid() {
    }

    /** One slot, its start and end in the mission's zone. */
    public record Slot(int index, ZonedDateTime start, ZonedDateTime end) {
    }

    public static List<Slot> slots(LocalDate date, LocalTime start, LocalTime end, int slotMinutes, int breakMinutes,
            ZoneId zone) {
        ZonedDateTime sessionEnd = ZonedDateTime.of(date, end, zone);
        ZonedDateTime slotStart = ZonedDateTime.of(date, start, zone);
        List<Slot> slots = new ArrayList<>();
        while (true) {
            ZonedDateTime slotEnd = slotStart.plusMinutes(slotMinutes);
            if (slotEnd.isAfter(sessionEnd)) {
                return slots;
            }
            slots.add(new Slot(slots.size(), slotStart, slotEnd));
            slotStart = slotEnd.plusMinutes(breakMinutes);
        }
    }

    /** Whether the session's end comes after its start on the real timeline of that day. */
    public static boolean startsBeforeItEnds(LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {
        return ZonedDateTime.of(date, start, zone).isBefore(ZonedDateTime.of(date, end, zone));
    }
}
