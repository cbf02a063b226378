package org.trademission.matching.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.trademission.platform.event.mission.PeriodData;

/**
 * Re-seats the scheduled meetings a change of the mission has displaced — their session removed, re-timed, made
 * online or in person or given fewer tables, or the buyer now unable to attend then — each in the nearest slot that
 * still suits it: its own slot when only the table or the room has to change, else a slot of its own session, else
 * of another, closest in time first; nobody in two meetings at once, no table twice, never into the past. A meeting
 * that no slot suits is cancelled. Meetings that still fit stay exactly where they are: a change of the mission moves
 * as few meetings as it can. Plain Java: no framework, no JPA.
 */
public final class DisplacedMeetings {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private DisplacedMeetings() {
    }

    /**
     * A scheduled meeting; {@code movable} false for one that must stay whatever happened (it has started, or it was
     * placed after the change being applied), which still keeps its participants and its table busy.
     */
    public record Booked(UUID id, UUID exporterId, UUID buyerId, UUID sessionId, OffsetDateTime start,
            OffsetDateTime end, Integer table, boolean movable) {
    }

    public record Move(UUID meetingId, GridSlot slot, Integer table) {
    }

    /** {@code reason}: why the meeting could not stay and why no other slot took it. */
    public record Cancellation(UUID meetingId, String reason) {
    }

    public record Resettlement(List<Move> moves, List<Cancellation> cancellations) {
        public boolean isEmpty() {
            return moves.isEmpty() && cancellations.isEmpty();
        }
    }

    /** {@code unavailable}: the periods each buyer said it cannot attend. */
    public static Resettlement resettle(MissionGrid grid, Map<UUID, List<PeriodData>> unavailable,
            List<Booked> meetings, OffsetDateTime now) {
        Map<Booked, String> displaced = new HashMap<>();
        Busy busy = new Busy();
        for (Booked meeting : meetings) {
            Optional<String> why = meeting.movable() ? whyDisplaced(meeting, grid, unavailable) : Optional.empty();
            if (why.isPresent()) {
                displaced.put(meeting, why.get());
            } else {
                busy.take(meeting.exporterId(), meeting.buyerId(), meeting.sessionId(), meeting.start(),
                        meeting.end(), meeting.table());
            }
        }
        List<Move> moves = new ArrayList<>();
        List<Cancellation> cancellations = new ArrayList<>();
        displaced.keySet().stream().sorted(Comparator.comparing(Booked::start).thenComparing(Booked::id))
                .forEach(meeting -> {
                    Optional<Move> move = nearest(meeting, grid, unavailable, busy, now);
                    if (move.isPresent()) {
                        GridSlot slot = move.get().slot();
                        busy.take(meeting.exporterId(), meeting.buyerId(), slot.sessionId(), slot.start(), slot.end(),
                                move.get().table());
                        moves.add(move.get());
                    } else {
                        cancellations.add(new Cancellation(meeting.id(), displaced.get(meeting)
                                + ", and no other slot suits both sides"));
                    }
                });
        return new Resettlement(List.copyOf(moves), List.copyOf(cancellations));
    }

    /** Why the meeting can no longer take place where it is; empty while it still fits. */
    static Optional<String> whyDisplaced(Booked meeting, MissionGrid grid,
            Map<UUID, List<PeriodData>> unavailable) {
        if (grid.slots().stream().noneMatch(slot -> slot.sessionId().equals(meeting.sessionId()))) {
            return Optional.of("its session was removed");
        }
        String at = WHEN.format(meeting.start().atZoneSameInstant(grid.zone()));
        Optional<GridSlot> found = grid.at(meeting.start(), meeting.sessionId());
        if (found.isEmpty()) {
            return Optional.of("its session no longer has a slot at " + at);
        }
        GridSlot slot = found.get();
        if (!available(slot, unavailable.getOrDefault(meeting.buyerId(), List.of()))) {
            return Optional.of("the buyer cannot attend at " + at);
        }
        if (slot.online() != (meeting.table() == null)) {
            return Optional.of(slot.online() ? "its session is now online" : "its session is now in person");
        }
        if (!slot.online() && meeting.table() > slot.tables()) {
            return Optional.of("its session has only " + slot.tables() + " tables now");
        }
        if (!slot.end().isEqual(meeting.end())) {
            return Optional.of("its slot now ends at " + WHEN.format(slot.end().atZoneSameInstant(grid.zone())));
        }
        return Optional.empty();
    }

    private static Optional<Move> nearest(Booked meeting, MissionGrid grid, Map<UUID, List<PeriodData>> unavailable,
            Busy busy, OffsetDateTime now) {
        List<PeriodData> away = unavailable.getOrDefault(meeting.buyerId(), List.of());
        Comparator<GridSlot> closest = Comparator
                .comparing((GridSlot slot) -> !slot.sessionId().equals(meeting.sessionId()))
                .thenComparing(slot -> Duration.between(slot.start(), meeting.start()).abs())
                .thenComparing(GridSlot::start).thenComparing(GridSlot::sessionId);
        return grid.slots().stream()
                .filter(slot -> slot.start().isAfter(now) && available(slot, away))
                .filter(slot -> busy.free(meeting.exporterId(), slot) && busy.free(meeting.buyerId(), slot))
                .sorted(closest)
                .map(slot -> busy.seat(slot, meeting)).flatMap(Optional::stream).findFirst();
    }

    private static boolean available(GridSlot slot, List<PeriodData> away) {
        return away.stream().noneMatch(period -> MissionGrid.overlaps(slot, period));
    }

    /** Who is in a meeting when, and which tables each slot of a session has given away. */
    private static final class Busy {
        private record Interval(OffsetDateTime start, OffsetDateTime end) {
        }

        private record SlotKey(UUID sessionId, Instant start) {
        }

        private final Map<UUID, List<Interval>> participants = new HashMap<>();
        private final Map<SlotKey, Set<Integer>> tables = new HashMap<>();

        void take(UUID exporterId, UUID buyerId, UUID sessionId, OffsetDateTime start, OffsetDateTime end,
                Integer table) {
            participants.computeIfAbsent(exporterId, id -> new ArrayList<>()).add(new Interval(start, end));
            participants.computeIfAbsent(buyerId, id -> new ArrayList<>()).add(new Interval(start, end));
            if (table != null) {
                tables.computeIfAbsent(new SlotKey(sessionId, start.toInstant()), key -> new HashSet<>()).add(table);
            }
        }

        boolean free(UUID participant, GridSlot slot) {
            return participants.getOrDefault(participant, List.of()).stream()
                    .noneMatch(i -> i.start().isBefore(slot.end()) && i.end().isAfter(slot.start()));
        }

        /**
         * The meeting in the slot: online without a table; in person at its own table when it stays in its session
         * and the table is free, else at the first free one; empty when every table is taken.
         */
        Optional<Move> seat(GridSlot slot, Booked meeting) {
            if (slot.online()) {
                return Optional.of(new Move(meeting.id(), slot, null));
            }
            Set<Integer> taken = tables.getOrDefault(new SlotKey(slot.sessionId(), slot.start().toInstant()),
                    Set.of());
            return Tables.free(slot, taken, slot.sessionId().equals(meeting.sessionId()) ? meeting.table() : null)
                    .map(table -> new Move(meeting.id(), slot, table));
        }
    }
}
