package org.trademission.matching.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.trademission.matching.mission.GonePairs;
import org.trademission.matching.mission.MissionReplica;
import org.trademission.matching.mission.Participants;
import org.trademission.matching.request.MatchingSettings;
import org.trademission.matching.request.MeetingRequest;
import org.trademission.matching.request.MeetingRequestRepository;
import org.trademission.matching.request.MeetingRequestService;
import org.trademission.matching.schedule.solver.SchedulingLimits;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.outbox.Outbox;
import org.trademission.platform.problem.ProblemException;

/**
 * Builds a mission's schedule in three steps: a consistent snapshot of the replicas and requests (one short
 * transaction, which also marks the build as running so that two builds never overlap), the solver (outside any
 * transaction: it may take seconds), and the result written in one transaction with a MeetingScheduled, MeetingMoved
 * or MeetingCancelled event per change — checked then against the mission as it is by that time, since a participant
 * may have left or a session changed while the solver ran. Large missions build on a background thread and answer 202.
 */
@ApplicationScoped
public class ScheduleService {
    private static final Logger LOG = Logger.getLogger(ScheduleService.class);
    static final Set<String> SCHEDULABLE = Set.of("OPEN", "SELECTION", "CONFIRMED", "IN_PROGRESS");
    static final Duration STALE_BUILD = Duration.ofMinutes(15);

    private final EntityManager entityManager;
    private final Participants participants;
    private final MeetingRequestRepository requests;
    private final MeetingRequestService requestService;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Duration timeLimit;
    private final int backgroundAbove;
    private final VideoRooms rooms;
    private final MeetingsFollowMission follow;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "schedule-builder");
        thread.setDaemon(true);
        return thread;
    });

    public ScheduleService(EntityManager entityManager, Participants participants, MeetingRequestRepository requests,
            MeetingRequestService requestService, Outbox outbox, ObjectMapper json,
            @ConfigProperty(name = "matching.schedule.time-limit", defaultValue = "10S") Duration timeLimit,
            @ConfigProperty(name = "matching.schedule.background-above", defaultValue = "300") int backgroundAbove,
            VideoRooms rooms, MeetingsFollowMission follow) {
        this.entityManager = entityManager;
        this.participants = participants;
        this.requests = requests;
        this.requestService = requestService;
        this.outbox = outbox;
        this.json = json;
        this.timeLimit = timeLimit;
        this.backgroundAbove = backgroundAbove;
        this.rooms = rooms;
        this.follow = follow;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** What a build request led to: the schedule when it is built at once, or the running build (202). */
    public record Build(boolean inBackground, ScheduleView schedule) {
    }

    public Build build(UUID missionId, boolean reset) {
        SchedulePlanner.Input input = QuarkusTransaction.requiringNew().call(() -> snapshot(missionId, reset));
        int size = SchedulePlanner.candidates(input).size();
        if (size > backgroundAbove) {
            background.submit(() -> solveAndStore(missionId, input, size));
            return new Build(true, QuarkusTransaction.requiringNew().call(() -> view(missionId, null)));
        }
        solveAndStore(missionId, input, size);
        return new Build(false, QuarkusTransaction.requiringNew().call(() -> view(missionId, null)));
    }

    SchedulePlanner.Input snapshot(UUID missionId, boolean reset) {
        MissionReplica replica = entityManager.find(MissionReplica.class, missionId, LockModeType.PESSIMISTIC_WRITE);
        if (replica == null) {
            throw ProblemException.notFound("Mission", missionId);
        }
        if (!SCHEDULABLE.contains(replica.status())) {
            throw ProblemException.conflict("The mission is " + replica.status() + "; its schedule is built while it "
                    + "is OPEN, SELECTION, CONFIRMED or IN_PROGRESS");
        }
        OffsetDateTime now = now();
        ScheduleRun run = entityManager.find(ScheduleRun.class, missionId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            run = new ScheduleRun(missionId);
            run.start(now, "queued");
            entityManager.persist(run);
        } else if (run.building(now, STALE_BUILD)) {
            throw ProblemException.conflict("A build of this schedule is running since " + run.startedAt()
                    + "; GET the schedule to follow it");
        } else {
            run.start(now, "queued");
        }
        MissionData mission = replica.data();
        MatchingSettings settings = requestService.settings(missionId);
        List<MeetingRequest> wantedRequests = requests.wantedOfMission(missionId);
        List<SchedulePlanner.Request> wanted = wantedRequests.stream()
                .map(r -> new SchedulePlanner.Request(r.view().id(), r.exporterId(), r.buyerId(), r.status().name(),
                        r.view().priority())).toList();
        Set<SchedulePlanner.Pair> excluded = new HashSet<>();
        for (MeetingRequest declined : requests.declinedOfMission(missionId)) {
            excluded.add(new SchedulePlanner.Pair(declined.exporterId(), declined.buyerId()));
        }
        List<SchedulePlanner.Existing> existing = scheduled(missionId).stream()
                .map(m -> new SchedulePlanner.Existing(m.id(), m.exporterId(), m.buyerId(), m.sessionId(), m.start(),
                        m.table())).toList();
        return new SchedulePlanner.Input(mission, participants.exporters(mission), participants.buyers(mission),
                wanted, excluded, calledOff(missionId, wantedRequests), settings.maxMeetings(), settings.maxBreaks(),
                settings.recommendedPerParticipant(), existing, reset);
    }

    /** Pairs whose meeting one side called off, unless either has asked to meet again since. */
    private Set<SchedulePlanner.Pair> calledOff(UUID missionId, List<MeetingRequest> wanted) {
        Set<SchedulePlanner.Pair> calledOff = new HashSet<>();
        entityManager.createQuery("from Meeting m where m.missionId = :mission and m.status = :status "
                + "and m.cancelledBy is not null", Meeting.class).setParameter("mission", missionId)
                .setParameter("status", Meeting.Status.CANCELLED).getResultList().stream()
                .filter(m -> wanted.stream().noneMatch(r -> r.exporterId().equals(m.exporterId())
                        && r.buyerId().equals(m.buyerId()) && r.createdAt().isAfter(m.updatedAt())))
                .forEach(m -> calledOff.add(new SchedulePlanner.Pair(m.exporterId(), m.buyerId())));
        return calledOff;
    }

    private void solveAndStore(UUID missionId, SchedulePlanner.Input input, int candidates) {
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.find(ScheduleRun.class, missionId)
                    .progress("solving: " + candidates + " candidate meetings, at most "
                            + timeLimit.toSeconds() + " s"));
            SchedulePlanner.Plan plan = SchedulePlanner.plan(input, SchedulingLimits.service(timeLimit));
            QuarkusTransaction.requiringNew().run(() -> store(missionId, plan));
        } catch (RuntimeException | Error e) {
            LOG.errorf(e, "Building the schedule of mission %s failed", missionId);
            QuarkusTransaction.requiringNew().run(() -> entityManager.find(ScheduleRun.class, missionId,
                    LockModeType.PESSIMISTIC_WRITE).fail("The build failed: " + e.getClass().getSimpleName()
                            + "; the previous schedule stands", now()));
            throw e;
        }
    }

    void store(UUID missionId, SchedulePlanner.Plan plan) {
        OffsetDateTime now = now();
        ScheduleRun run = entityManager.find(ScheduleRun.class, missionId, LockModeType.PESSIMISTIC_WRITE);
        Map<SchedulePlanner.Pair, Meeting> byPair = new HashMap<>();
        entityManager.createQuery("from Meeting m where m.missionId = :mission", Meeting.class)
                .setParameter("mission", missionId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .forEach(m -> byPair.put(new SchedulePlanner.Pair(m.exporterId(), m.buyerId()), m));
        // The plan was made from the mission as it was when the build began; it may have changed since.
        MissionData mission = entityManager.find(MissionReplica.class, missionId).data();
        GonePairs gone = GonePairs.of(mission);
        Set<SchedulePlanner.Pair> placed = new HashSet<>();
        for (SchedulePlanner.PlannedMeeting planned : plan.meetings()) {
            if (gone.why(planned.exporterId(), planned.buyerId()).isPresent()) {
                continue;
            }
            SchedulePlanner.Pair pair = new SchedulePlanner.Pair(planned.exporterId(), planned.buyerId());
            placed.add(pair);
            Meeting meeting = byPair.get(pair);
            if (meeting == null) {
                meeting = Meeting.of(missionId, planned.exporterId(), planned.buyerId());
                Meeting created = meeting;
                meeting.place(planned, rooms.link(missionId, meeting.id(), planned.slot()), now)
                        .ifPresent(outbox::append);
                entityManager.persist(created);
            } else {
                meeting.place(planned, rooms.link(missionId, meeting.id(), planned.slot()), now)
                        .ifPresent(outbox::append);
            }
        }
        Map<SchedulePlanner.Pair, Unplaced> why = new HashMap<>();
        plan.unplaced().forEach(u -> why.put(new SchedulePlanner.Pair(u.exporterId(), u.buyerId()), u));
        for (var entry : byPair.entrySet()) {
            Meeting meeting = entry.getValue();
            if (meeting.status() == Meeting.Status.SCHEDULED && !placed.contains(entry.getKey())) {
                Unplaced reason = why.get(entry.getKey());
                outbox.append(meeting.cancel(reason != null ? reason.reason()
                        : "No longer wanted: its request was declined or cancelled, or a participant left the mission",
                        now));
            }
        }
        if (SCHEDULABLE.contains(mission.status())) {
            follow.resettle(mission, null);
        }
        run.finish(plan, json, now);
    }

    /** The schedule; for an exporter or buyer ({@code participant} not null) only its own meetings. */
    public ScheduleView view(UUID missionId, UUID participant) {
        if (entityManager.find(MissionReplica.class, missionId) == null) {
            throw ProblemException.notFound("Mission", missionId);
        }
        ScheduleRun run = entityManager.find(ScheduleRun.class, missionId);
        if (run == null) {
            throw ProblemException.notFound("Schedule of mission", missionId);
        }
        List<Meeting> scheduled = scheduled(missionId);
        List<MeetingView> meetings = scheduled.stream()
                .filter(m -> participant == null || m.exporterId().equals(participant)
                        || m.buyerId().equals(participant))
                .map(Meeting::view).toList();
        ScheduleView view = run.view(meetings, json, true);
        // a pair the build could not place may meet since: arranged by hand, or its meeting re-seated
        Set<SchedulePlanner.Pair> meeting = new HashSet<>();
        scheduled.forEach(m -> meeting.add(new SchedulePlanner.Pair(m.exporterId(), m.buyerId())));
        return new ScheduleView(view.missionId(), view.status(), view.progress(), view.message(), view.meetings(),
                view.unplaced().stream().filter(u -> !meeting.contains(new SchedulePlanner.Pair(u.exporterId(),
                        u.buyerId()))).filter(u -> participant == null || u.exporterId().equals(participant)
                        || u.buyerId().equals(participant)).toList(), view.stats(), view.startedAt(), view.builtAt());
    }

    List<Meeting> scheduled(UUID missionId) {
        return entityManager.createQuery("from Meeting m where m.missionId = :mission and m.status = :status "
                + "order by m.start, m.table, m.exporterId", Meeting.class).setParameter("mission", missionId)
                .setParameter("status", Meeting.Status.SCHEDULED).getResultList();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
