package org.trademission.matching.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.trademission.matching.mission.GonePairs;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.outbox.Outbox;

/**
 * Cancels, from a mission's new state, the scheduled meetings that can no longer take place (the mission cancelled,
 * an exporter no longer accepted, a buyer's registration cancelled) at once, so that agendas, calendars and reports
 * stop showing them without waiting for a rebuild, which a cancelled mission refuses. As for requests, only meetings
 * placed before the event happened count: an event replayed from the past (a replica rebuild) never cancels a meeting
 * placed after it. A meeting that has started stays: it is history, with its outcomes. In the mission consumer's
 * transaction; each cancellation is a MeetingCancelled.
 */
@ApplicationScoped
public class MootMeetings {
    private final EntityManager entityManager;
    private final Outbox outbox;

    public MootMeetings(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(MissionData mission, OffsetDateTime happenedAt) {
        GonePairs gone = GonePairs.of(mission);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (Meeting meeting : entityManager.createQuery("from Meeting m where m.missionId = :mission "
                + "and m.status = :status", Meeting.class).setParameter("mission", mission.id())
                .setParameter("status", Meeting.Status.SCHEDULED).getResultList()) {
            if (meeting.startedBy(now) || happenedAt != null && !meeting.updatedAt().isBefore(happenedAt)) {
                continue;
            }
            Optional<String> why = gone.why(meeting.exporterId(), meeting.buyerId());
            if (why.isPresent()) {
                entityManager.refresh(meeting, LockModeType.PESSIMISTIC_WRITE);
                if (meeting.status() == Meeting.Status.SCHEDULED) {
                    outbox.append(meeting.cancel("Cancelled: " + why.get(), now));
                }
            }
        }
    }
}
