package org.trademission.matching.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Seats each in-person meeting at a table, slot by slot: a kept meeting at its former table; otherwise the exporter
 * keeps the table it had in its previous slot of the session (exporters stay seated, buyers move), then the rest in
 * order of interpreter language so that meetings needing the same interpreter sit side by side. Online meetings
 * get no table (the service gives them a video room).
 */
final class Tables {
    private Tables() {
    }

    /** The table {@code preferred} when the slot has it and it is free, else the first free one; empty when full. */
    static java.util.Optional<Integer> free(GridSlot slot, Set<Integer> taken, Integer preferred) {
        if (preferred != null && preferred <= slot.tables() && !taken.contains(preferred)) {
            return java.util.Optional.of(preferred);
        }
        for (int table = 1; table <= slot.tables(); table++) {
            if (!taken.contains(table)) {
                return java.util.Optional.of(table);
            }
        }
        return java.util.Optional.empty();
    }

    static List<SchedulePlanner.PlannedMeeting> assign(List<SchedulePlanner.PlannedMeeting> meetings,
            Map<SchedulePlanner.Pair, SchedulePlanner.Existing> kept) {
        Map<Integer, List<SchedulePlanner.PlannedMeeting>> bySlot = new java.util.TreeMap<>();
        meetings.forEach(m -> bySlot.computeIfAbsent(m.slot().index(), i -> new ArrayList<>()).add(m));
        Map<UUID, Integer> seatOfExporter = new HashMap<>();
        Map<UUID, UUID> sessionOfSeat = new HashMap<>();
        List<SchedulePlanner.PlannedMeeting> seated = new ArrayList<>();
        for (List<SchedulePlanner.PlannedMeeting> slot : bySlot.values()) {
            GridSlot grid = slot.get(0).slot();
            if (grid.online()) {
                seated.addAll(slot);
                continue;
            }
            Set<Integer> taken = new HashSet<>();
            Map<SchedulePlanner.PlannedMeeting, Integer> table = new HashMap<>();
            slot.sort(Comparator.comparing((SchedulePlanner.PlannedMeeting m) -> m.interpreterLanguage() == null)
                    .thenComparing(m -> m.interpreterLanguage() == null ? "" : m.interpreterLanguage())
                    .thenComparing(SchedulePlanner.PlannedMeeting::exporterId));
            for (SchedulePlanner.PlannedMeeting m : slot) {
                SchedulePlanner.Existing existing = kept.get(new SchedulePlanner.Pair(m.exporterId(), m.buyerId()));
                if (existing != null && existing.table() != null && existing.start().isEqual(grid.start())
                        && existing.table() <= grid.tables() && taken.add(existing.table())) {
                    table.put(m, existing.table());
                }
            }
            for (SchedulePlanner.PlannedMeeting m : slot) {
                Integer seat = seatOfExporter.get(m.exporterId());
                if (!table.containsKey(m) && seat != null && grid.sessionId().equals(sessionOfSeat.get(m.exporterId()))
                        && seat <= grid.tables() && taken.add(seat)) {
                    table.put(m, seat);
                }
            }
            int next = 1;
            for (SchedulePlanner.PlannedMeeting m : slot) {
                if (!table.containsKey(m)) {
                    while (taken.contains(next)) {
                        next++;
                    }
                    taken.add(next);
                    table.put(m, next);
                }
            }
            for (SchedulePlanner.PlannedMeeting m : slot) {
                int seat = table.get(m);
                seatOfExporter.put(m.exporterId(), seat);
                sessionOfSeat.put(m.exporterId(), grid.sessionId());
                seated.add(new SchedulePlanner.PlannedMeeting(m.exporterId(), m.buyerId(), m.slot(), seat, m.origin(),
                        m.requestId(), m.interpreterLanguage()));
            }
        }
        return seated;
    }
}
