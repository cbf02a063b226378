package org.trademission.matching.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.trademission.matching.mission.MissionReplica;
import org.trademission.matching.mission.Participants;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.event.mission.SessionData;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;

/** A participant's agenda: its scheduled meetings with names from the replicas. */
@ApplicationScoped
public class AgendaService {
    private final EntityManager entityManager;
    private final Participants participants;
    private final Caller caller;

    public AgendaService(EntityManager entityManager, Participants participants, Caller caller) {
        this.entityManager = entityManager;
        this.participants = participants;
        this.caller = caller;
    }

    @Transactional
    public AgendaView agenda(UUID missionId, UUID participantId) {
        if (!caller.isAgency() && !caller.is(Roles.PARTNER) && !caller.isExporter(participantId)
                && !caller.isBuyer(participantId)) {
            throw ProblemException.forbidden("Exporters and buyers read their own agenda only");
        }
        MissionReplica replica = entityManager.find(MissionReplica.class, missionId);
        if (replica == null) {
            throw ProblemException.notFound("Mission", missionId);
        }
        MissionData mission = replica.data();
        boolean exporter = MissionReplica.acceptedExporters(mission).contains(participantId);
        boolean buyer = mission.buyers().stream().anyMatch(b -> b.buyerId().equals(participantId));
        List<Meeting> all = entityManager.createQuery("from Meeting m where m.missionId = :mission and "
                + "(m.exporterId = :participant or m.buyerId = :participant) order by m.start, m.table",
                Meeting.class).setParameter("mission", missionId).setParameter("participant", participantId)
                .getResultList();
        List<Meeting> meetings = all.stream().filter(m -> m.status() == Meeting.Status.SCHEDULED).toList();
        if (!exporter && !buyer && meetings.isEmpty()) {
            throw ProblemException.notFound("Participant of the mission", participantId);
        }
        boolean asExporter = exporter || meetings.stream().anyMatch(m -> m.exporterId().equals(participantId));
        Map<UUID, String> sessions = new HashMap<>();
        for (SessionData session : mission.sessions()) {
            sessions.put(session.id(), session.name());
        }
        List<UUID> others = all.stream().map(m -> asExporter ? m.buyerId() : m.exporterId()).distinct().toList();
        Map<UUID, String> names = asExporter ? participants.names(List.of(participantId), others)
                : participants.names(others, List.of(participantId));
        java.util.function.Function<Meeting, AgendaView.Item> item = m -> {
            MeetingView v = m.view();
            UUID counterpart = asExporter ? v.buyerId() : v.exporterId();
            return new AgendaView.Item(v.id(), v.start(), v.end(), v.sessionId(), sessions.get(v.sessionId()),
                    v.table(), v.videoLink(), counterpart, names.getOrDefault(counterpart,
                            counterpart.toString()), v.interpreterLanguage(),
                    v.status() == Meeting.Status.CANCELLED ? v.reason() : null, v.version());
        };
        return new AgendaView(missionId, mission.title(), mission.timezone() == null ? "UTC" : mission.timezone(),
                participantId, names.getOrDefault(participantId,
                        participantId.toString()), asExporter ? "EXPORTER" : "BUYER",
                meetings.stream().map(item).toList(),
                all.stream().filter(m -> m.status() == Meeting.Status.CANCELLED).map(item).toList());
    }
}
