package org.trademission.mission.application;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.trademission.mission.exporter.ExporterReplica;
import org.trademission.mission.mission.Mission;
import org.trademission.mission.mission.MissionService;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;

/**
 * Applications and selection. The exporter's status comes from this service's replica of {@code exporters.v1},
 * never from a call to exporter-service. Every change locks the mission row, so capacity checks are race-free.
 */
@ApplicationScoped
public class ApplicationService {
    private final MissionService missions;
    private final EntityManager entityManager;
    private final Caller caller;

    public ApplicationService(MissionService missions, EntityManager entityManager, Caller caller) {
        this.missions = missions;
        this.entityManager = entityManager;
        this.caller = caller;
    }

    @Transactional
    public ApplicationView apply(UUID missionId, ApplicationRequest request) {
        Mission mission = missions.locked(missionId, null);
        ExporterReplica exporter = entityManager.find(ExporterReplica.class, request.exporterId());
        if (exporter == null) {
            throw ProblemException.unprocessable("Exporter " + request.exporterId() + " is not known to the mission "
                    + "service (not registered, or its registration has not arrived yet)");
        }
        if (!exporter.isVerified()) {
            throw ProblemException.unprocessable("Exporter " + request.exporterId() + " is " + exporter.status()
                    + "; only a VERIFIED exporter may apply");
        }
        JsonNode before = missions.snapshot(mission);
        Mission.Change<Application> change = mission.apply(request.exporterId(), request.motivation(),
                missions.today(mission), missions.now());
        missions.commit(mission, before, change.event());
        return view(mission, change.part());
    }

    @Transactional
    public ApplicationView decide(UUID missionId, UUID applicationId, String ifMatch, DecisionRequest decision) {
        Mission mission = missions.locked(missionId, null);
        Application application = application(mission, applicationId);
        org.trademission.platform.web.Versions.requireMatch(ifMatch, application.version());
        JsonNode before = missions.snapshot(mission);
        Mission.Change<Application> change = mission.decide(application, decision.status(), decision.note(),
                verified(application.exporterId()), caller.name(), missions.now());
        missions.commit(mission, before, change.event());
        return view(mission, application);
    }

    @Transactional
    public ApplicationView withdraw(UUID missionId, UUID applicationId) {
        Mission mission = missions.locked(missionId, null);
        Application application = application(mission, applicationId);
        caller.requireActsForExporter(application.exporterId());
        JsonNode before = missions.snapshot(mission);
        missions.commit(mission, before, mission.withdraw(application, missions.now()).event());
        return view(mission, application);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApplicationView get(UUID missionId, UUID applicationId) {
        Mission mission = missions.get(missionId);
        return view(mission, application(mission, applicationId));
    }

    /** The applications, optionally of one status (waitlisted ones in waitlist order), or of one exporter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ApplicationView> list(UUID missionId, ApplicationStatus status, UUID exporterId, String sort,
            PageRequest page) {
        Comparator<ApplicationView> order = ApplicationSort.order(sort, status);
        Mission mission = missions.get(missionId);
        List<Application> selected = mission.applications().stream()
                .filter(a -> status == null || a.status() == status)
                .filter(a -> exporterId == null || a.exporterId().equals(exporterId)).toList();
        Set<UUID> suspended = suspended(selected.stream().map(Application::exporterId).toList());
        Map<UUID, Integer> positions = mission.waitlistPositions();
        List<ApplicationView> all = selected.stream()
                .map(a -> a.view(suspended.contains(a.exporterId()), positions.get(a.id()))).sorted(order).toList();
        return new PageResult<>(all.stream().skip(page.offset()).limit(page.size()).toList(), page.page(),
                page.size(), all.size());
    }

    private boolean verified(UUID exporterId) {
        ExporterReplica exporter = entityManager.find(ExporterReplica.class, exporterId);
        return exporter != null && exporter.isVerified();
    }

    /** Which of these exporters are suspended now, in one query of the replica. */
    private Set<UUID> suspended(List<UUID> exporterIds) {
        if (exporterIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(entityManager.createQuery("select e.id from ExporterReplica e where e.id in :ids "
                + "and e.status = 'SUSPENDED'", UUID.class).setParameter("ids", exporterIds).getResultList());
    }

    private ApplicationView view(Mission mission, Application application) {
        ExporterReplica exporter = entityManager.find(ExporterReplica.class, application.exporterId());
        boolean suspended = exporter != null && "SUSPENDED".equals(exporter.status());
        return application.view(suspended, mission.waitlistPosition(application));
    }

    private static Application application(Mission mission, UUID applicationId) {
        return mission.application(applicationId).orElseThrow(() -> ProblemException.notFound("Application",
                applicationId));
    }
}
