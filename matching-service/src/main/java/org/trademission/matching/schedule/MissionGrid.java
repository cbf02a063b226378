package org.trademission.matching.schedule;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.event.mission.PeriodData;
import org.trademission.platform.event.mission.SessionData;

/** The slots of all of a mission's sessions, in time order. */
public record MissionGrid(ZoneId zone, List<GridSlot> slots) {
    public static MissionGrid of(MissionData mission) {
        ZoneId zone = mission.timezone() == null ? ZoneId.of("UTC") : ZoneId.of(mission.timezone());
        record Raw(SessionData session, PeriodData period) {
        }
        List<Raw> raw = new ArrayList<>();
        for (SessionData session : mission.sessions()) {
            session.slots().forEach(period -> raw.add(new Raw(session, period)));
        }
        raw.sort(Comparator.comparing((Raw r) -> r.period().start().toInstant())
                .thenComparing(r -> r.session().id()));
        List<GridSlot> slots = new ArrayList<>();
        for (Raw r : raw) {
            boolean online = "ONLINE".equals(r.session().format());
            int tables = online ? Integer.MAX_VALUE : r.session().tables() == null ? 0 : r.session().tables();
            slots.add(new GridSlot(slots.size(), r.session().id(), r.session().name(), online, r.period().start(),
                    r.period().end(), tables, r.period().start().atZoneSameInstant(zone).toLocalDate()));
        }
        return new MissionGrid(zone, List.copyOf(slots));
    }

    public Optional<GridSlot> at(java.time.OffsetDateTime start, java.util.UUID sessionId) {
        return slots.stream().filter(s -> s.sessionId().equals(sessionId) && s.start().isEqual(start)).findFirst();
    }

    /** Whether a period [start, end) overlaps the slot. */
    static boolean overlaps(GridSlot slot, PeriodData period) {
        return period.start() != null && period.end() != null && period.start().isBefore(slot.end())
                && period.end().isAfter(slot.start());
    }
}
