package org.trademission.mission.session;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.trademission.mission.mission.Mission;
import org.trademission.mission.mission.MissionService;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.web.Versions;

/** B2B sessions: part of the mission aggregate; each change locks the mission and publishes its whole state. */
@ApplicationScoped
public class SessionService {
    private final MissionService missions;

    public SessionService(MissionService missions) {
        this.missions = missions;
    }

    @Transactional
    public SessionView add(UUID missionId, SessionRequest request) {
        Mission mission = missions.locked(missionId, null);
        JsonNode before = missions.snapshot(mission);
        Mission.Change<Session> change = mission.addSession(request, missions.now());
        missions.commit(mission, before, change.event());
        return change.part().view(mission.zone());
    }

    @Transactional
    public SessionView update(UUID missionId, UUID sessionId, String ifMatch, SessionRequest request) {
        Mission mission = missions.locked(missionId, null);
        Session session = session(mission, sessionId);
        Versions.requireMatch(ifMatch, session.version());
        JsonNode before = missions.snapshot(mission);
        mission.changeSession(session, request, missions.now()).ifPresent(c -> missions.commit(mission, before,
                c.event()));
        return session.view(mission.zone());
    }

    @Transactional
    public void remove(UUID missionId, UUID sessionId, String ifMatch) {
        Mission mission = missions.locked(missionId, null);
        Session session = session(mission, sessionId);
        Versions.requireMatch(ifMatch, session.version());
        JsonNode before = missions.snapshot(mission);
        missions.commit(mission, before, mission.removeSession(session, missions.now()).event());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionView get(UUID missionId, UUID sessionId) {
        Mission mission = missions.get(missionId);
        return session(mission, sessionId).view(mission.zone());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionView> list(UUID missionId) {
        Mission mission = missions.get(missionId);
        return mission.sessions().stream().map(s -> s.view(mission.zone()))
                .sorted(Comparator.comparing(SessionView::date).thenComparing(SessionView::start)
                        .thenComparing(SessionView::id)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SlotView> slots(UUID missionId, UUID sessionId) {
        Mission mission = missions.get(missionId);
        return session(mission, sessionId).slots(mission.zone()).stream()
                .map(s -> new SlotView(s.index(), s.start().toOffsetDateTime(), s.end().toOffsetDateTime())).toList();
    }

    /** Whether the mission is published (drafts exist for the agency only). */
    @Transactional
    public boolean isPublished(UUID missionId) {
        return missions.get(missionId).status() != org.trademission.mission.mission.MissionStatus.DRAFT;
    }

    private static Session session(Mission mission, UUID sessionId) {
        return mission.session(sessionId).orElseThrow(() -> ProblemException.notFound("Session", sessionId));
    }
}
