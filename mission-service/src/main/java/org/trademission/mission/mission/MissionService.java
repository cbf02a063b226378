package org.trademission.mission.mission;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.platform.audit.AuditTrail;
import org.trademission.platform.audit.HistoryEntryView;
import org.trademission.platform.audit.HistorySort;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.outbox.Outbox;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.web.MergePatcher;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.Versions;

/**
 * The mission's use cases; each one a transaction that loads the mission under its row lock and stores the change,
 * its event (outbox) and its audit entry together. The feature services (applications, registrations, sessions)
 * lock and commit through it.
 */
@ApplicationScoped
public class MissionService {
    static final String AGGREGATE = "mission";

    private final MissionRepository missions;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final MergePatcher patcher;
    private final Clock clock;

    public MissionService(MissionRepository missions, Outbox outbox, AuditTrail audit, MergePatcher patcher) {
        this.missions = missions;
        this.outbox = outbox;
        this.audit = audit;
        this.patcher = patcher;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public Mission create(MissionRequest request) {
        Mission mission = Mission.create(request, now());
        missions.persistAndFlush(mission);
        commit(mission, audit.snapshot(null), mission.created());
        return mission;
    }

    @Transactional
    public Mission update(UUID id, String ifMatch, MissionRequest request) {
        Mission mission = locked(id, ifMatch);
        JsonNode before = snapshot(mission);
        mission.update(request, now()).ifPresent(event -> commit(mission, before, event));
        return mission;
    }

    /** A JSON Merge Patch, applied to the state read under the row lock. */
    @Transactional
    public Mission patch(UUID id, String ifMatch, JsonNode patch) {
        Mission mission = locked(id, ifMatch);
        JsonNode before = snapshot(mission);
        mission.update(patcher.apply(mission.request(), patch, MissionRequest.class), now())
                .ifPresent(event -> commit(mission, before, event));
        return mission;
    }

    @Transactional
    public Mission transition(UUID id, String ifMatch, MissionAction action, String reason) {
        Mission mission = locked(id, ifMatch);
        JsonNode before = snapshot(mission);
        commit(mission, before, mission.transition(action, reason, now()));
        return mission;
    }

    /**
     * The mission as staff see it. Reads here join the caller's transaction and otherwise start none: they read
     * through the request's session, whose lazy collections load within the request (docs/performance.md).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MissionView view(UUID id) {
        return get(id).view();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Mission get(UUID id) {
        return missions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Mission", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<MissionView> search(MissionStatus status, boolean publishedOnly, String country,
            LocalDate from, LocalDate to, String q, MissionSort sort, PageRequest page) {
        return missions.search(status, publishedOnly, country, from, to, q, sort, page).map(Mission::view);
    }

    public PageResult<HistoryEntryView> history(UUID id, PageRequest page, HistorySort sort) {
        get(id);
        return audit.history(AGGREGATE, id, page, sort);
    }

    /** Loads and locks the mission for a change, checking {@code If-Match} under the lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Mission locked(UUID id, String ifMatch) {
        Mission mission = missions.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Mission", id));
        Versions.requireMatch(ifMatch, mission.version());
        return mission;
    }

    /** The mission's state as audited: its own fields (its parts have their own events). */
    public JsonNode snapshot(Mission mission) {
        return audit.snapshot(mission == null ? null : mission.view());
    }

    /** Stores the event in the outbox and the audit trail, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void commit(Mission mission, JsonNode before, DomainEvent event) {
        outbox.append(event);
        audit.record(AGGREGATE, before, snapshot(mission), event, now());
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Today in the mission's time zone (the application deadline is a date there). */
    public LocalDate today(Mission mission) {
        return LocalDate.now(clock.withZone(mission.zone()));
    }
}
