package org.trademission.matching.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.event.mission.PeriodData;
import org.trademission.platform.outbox.Outbox;

/**
 * Keeps a mission's scheduled meetings in step with the mission as its events arrive, without waiting for a rebuild:
 * the meetings its new state makes moot are cancelled ({@link MootMeetings}), and those a change of its sessions or a
 * buyer's new unavailable period displaced are re-seated in the nearest slot that suits them, or cancelled when none
 * does ({@link DisplacedMeetings}; decision 23), and a buyer's new interpreter language reaches its meetings. Holds the schedule's row for the transaction, the lock builds and
 * changes by hand take first, so that none of them sees the meetings half-changed.
 */
@ApplicationScoped
public class MeetingsFollowMission {
    private final EntityManager entityManager;
    private final MootMeetings moot;
    private final VideoRooms rooms;
    private final Outbox outbox;

    public MeetingsFollowMission(EntityManager entityManager, MootMeetings moot, VideoRooms rooms, Outbox outbox) {
        this.entityManager = entityManager;
        this.moot = moot;
        this.rooms = rooms;
        this.outbox = outbox;
    }

    /**
     * In the mission consumer's transaction, before anything else there locks a meeting or a request. Only meetings
     * placed before the event happened change: an event replayed from the past leaves later meetings alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(MissionData mission, OffsetDateTime happenedAt) {
        if (entityManager.find(ScheduleRun.class, mission.id(), LockModeType.PESSIMISTIC_WRITE) == null) {
            return;
        }
        moot.cancel(mission, happenedAt);
        if (ScheduleService.SCHEDULABLE.contains(mission.status())) {
            resettle(mission, happenedAt);
        }
    }

    /**
     * Re-seats or cancels the displaced meetings; {@code happenedAt} null when every meeting that has not started
     * may move (a build storing a plan made from an older state of the mission). The schedule's row is locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resettle(MissionData mission, OffsetDateTime happenedAt) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Meeting> scheduled = entityManager.createQuery("from Meeting m where m.missionId = :mission "
                + "and m.status = :status", Meeting.class).setParameter("mission", mission.id())
                .setParameter("status", Meeting.Status.SCHEDULED).getResultList();
        Map<UUID, Meeting> byId = new HashMap<>();
        List<DisplacedMeetings.Booked> booked = scheduled.stream().peek(m -> byId.put(m.id(), m))
                .map(m -> new DisplacedMeetings.Booked(m.id(), m.exporterId(), m.buyerId(), m.sessionId(), m.start(),
                        m.end(), m.table(), !m.startedBy(now)
                        && (happenedAt == null || m.updatedAt().isBefore(happenedAt)))).toList();
        Map<UUID, List<PeriodData>> unavailable = new HashMap<>();
        mission.buyers().forEach(r -> unavailable.put(r.buyerId(), r.unavailable()));
        MissionGrid grid = MissionGrid.of(mission);
        DisplacedMeetings.Resettlement resettlement = DisplacedMeetings.resettle(grid, unavailable, booked, now);
        for (DisplacedMeetings.Move move : resettlement.moves()) {
            Meeting meeting = byId.get(move.meetingId());
            entityManager.lock(meeting, LockModeType.PESSIMISTIC_WRITE);
            meeting.moveTo(move.slot(), move.table(), rooms.link(mission.id(), meeting.id(), move.slot()), now)
                    .ifPresent(outbox::append);
        }
        for (DisplacedMeetings.Cancellation cancellation : resettlement.cancellations()) {
            Meeting meeting = byId.get(cancellation.meetingId());
            entityManager.lock(meeting, LockModeType.PESSIMISTIC_WRITE);
            outbox.append(meeting.cancel("Cancelled: " + cancellation.reason(), now));
        }
        Map<UUID, String> languages = new HashMap<>();
        mission.buyers().forEach(r -> languages.put(r.buyerId(), r.interpreterLanguage()));
        for (DisplacedMeetings.Booked booking : booked) {
            Meeting meeting = byId.get(booking.id());
            String language = languages.get(booking.buyerId());
            if (booking.movable() && languages.containsKey(booking.buyerId())
                    && !Objects.equals(language, meeting.view().interpreterLanguage())) {
                entityManager.lock(meeting, LockModeType.PESSIMISTIC_WRITE);
                meeting.interpretedIn(language, now).ifPresent(outbox::append);
            }
        }
    }
}
