package org.trademission.matching.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.trademission.matching.mission.GonePairs;
import org.trademission.matching.mission.MissionReplica;
import org.trademission.matching.outcome.Side;
import org.trademission.matching.request.MeetingRequestService;
import org.trademission.platform.audit.AuditTrail;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.event.mission.RegistrationData;
import org.trademission.platform.outbox.Outbox;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.Versions;

/**
 * A single meeting: reading it, arranging or moving it by hand (staff), and calling it off before it starts (by
 * either side or the agency). Calling off waits for no rebuild: the meeting is cancelled at once (MeetingCancelled), the request it
 * came from is cancelled with it, and later rebuilds leave the pair out until either side asks to meet again. Changes
 * are serialised per mission by the schedule's row, which builds lock too (decision 22).
 */
@ApplicationScoped
public class MeetingService {
    private final EntityManager entityManager;
    private final MeetingRequestService requests;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Caller caller;
    private final ScheduleService schedules;
    private final VideoRooms rooms;

    public MeetingService(EntityManager entityManager, MeetingRequestService requests, Outbox outbox,
            AuditTrail audit, Caller caller, ScheduleService schedules, VideoRooms rooms) {
        this.entityManager = entityManager;
        this.schedules = schedules;
        this.rooms = rooms;
        this.requests = requests;
        this.outbox = outbox;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetingView get(UUID meetingId) {
        Meeting meeting = entityManager.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw ProblemException.notFound("Meeting", meetingId);
        }
        if (!caller.isAgency() && !caller.is(Roles.PARTNER) && sideOf(meeting) == null) {
            throw ProblemException.forbidden("Only the meeting's participants and the agency");
        }
        return meeting.view();
    }

    @Transactional
    public MeetingView callOff(UUID meetingId, String reason, String ifMatch) {
        Meeting meeting = entityManager.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw ProblemException.notFound("Meeting", meetingId);
        }
        Side side = caller.isStaff() ? Side.AGENCY : sideOf(meeting);
        if (side == null) {
            throw ProblemException.forbidden("Only the meeting's exporter, its buyer or staff call it off");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        lockOutsideABuild(meeting, ifMatch, now);
        var before = audit.snapshot(meeting.view());
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        DomainEvent event = meeting.callOff(side, why, now);
        outbox.append(event);
        if (meeting.requestId() != null) {
            requests.cancelForCalledOffMeeting(meeting.requestId(), "its meeting was called off: " + meeting.view()
                    .reason());
        }
        MeetingView view = meeting.view();
        audit.record(Meeting.AUDIT_TYPE, before, audit.snapshot(view), event, now);
        return view;
    }

    /**
     * Moves a meeting by hand (staff) to a slot of the mission's sessions and, in person, a table: nobody in two
     * meetings at once, no table twice, not into a period the buyer said it cannot attend, not into the past.
     */
    @Transactional
    public MeetingView move(UUID meetingId, MoveBody body, String ifMatch) {
        Meeting meeting = entityManager.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw ProblemException.notFound("Meeting", meetingId);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        lockOutsideABuild(meeting, ifMatch, now);
        if (meeting.status() != Meeting.Status.SCHEDULED) {
            throw ProblemException.conflict("The meeting is cancelled (" + meeting.view().reason() + "); a new "
                    + "request and a rebuild bring it back");
        }
        if (meeting.startedBy(now)) {
            throw ProblemException.conflict("The meeting started at " + meeting.start() + "; it can no longer move");
        }
        MissionData mission = schedulable(entityManager.find(MissionReplica.class, meeting.missionId()),
                "its meetings move");
        UUID sessionId = body.sessionId() == null ? meeting.sessionId() : body.sessionId();
        GridSlot slot = MissionGrid.of(mission).at(body.start(), sessionId).orElseThrow(() ->
                ProblemException.unprocessable("No slot of session " + sessionId + " starts at " + body.start()
                        + "; see GET /api/v1/missions/" + meeting.missionId() + "/sessions/{sessionId}/slots"));
        Integer table = seat(mission, meeting.id(), meeting.exporterId(), meeting.buyerId(), slot, body.table(),
                meeting.sessionId().equals(slot.sessionId()) ? meeting.table() : null, now);
        var before = audit.snapshot(meeting.view());
        meeting.moveTo(slot, table, rooms.link(meeting.missionId(), meeting.id(), slot), now)
                .ifPresent(event -> {
                    outbox.append(event);
                    audit.record(Meeting.AUDIT_TYPE, before, audit.snapshot(meeting.view()), event, now);
                });
        return meeting.view();
    }

    /**
     * A meeting staff arrange by hand for a pair at a slot (a buyer met on the spot, a meeting agreed by phone): checked
     * as a move is, held by an accepted request so that rebuilds keep it, and the pair's former meeting (cancelled,
     * perhaps called off) comes back with its id, so that calendars update their entry. 409 when the pair already has
     * a scheduled meeting: move that one.
     */
    @Transactional
    public MeetingView arrange(UUID missionId, ArrangeBody body) {
        MissionReplica replica = entityManager.find(MissionReplica.class, missionId, LockModeType.PESSIMISTIC_WRITE);
        if (replica == null) {
            throw ProblemException.notFound("Mission", missionId);
        }
        MissionData mission = schedulable(replica, "meetings are arranged");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ScheduleRun run = entityManager.find(ScheduleRun.class, missionId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw ProblemException.conflict("The mission has no schedule yet; build it first (POST /api/v1/missions/"
                    + missionId + "/schedule), then arrange meetings beside it");
        }
        if (run.building(now, ScheduleService.STALE_BUILD)) {
            throw ProblemException.conflict("The mission's schedule is being built; arrange the meeting once the "
                    + "build is over (GET the schedule to follow it)");
        }
        GonePairs.of(mission).why(body.exporterId(), body.buyerId()).ifPresent(why -> {
            throw ProblemException.unprocessable("exporterId and buyerId must be an accepted exporter and a registered "
                    + "buyer of the mission: " + why);
        });
        Meeting meeting = entityManager.createQuery("from Meeting m where m.missionId = :mission "
                + "and m.exporterId = :exporter and m.buyerId = :buyer", Meeting.class)
                .setParameter("mission", missionId).setParameter("exporter", body.exporterId())
                .setParameter("buyer", body.buyerId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .findFirst().orElse(null);
        if (meeting != null && meeting.status() == Meeting.Status.SCHEDULED) {
            throw ProblemException.conflict("The pair already meets at " + meeting.start() + " (meeting "
                    + meeting.id() + "); move that meeting instead (POST /api/v1/meetings/" + meeting.id() + "/move)");
        }
        requireBelowMaximum(missionId, body.exporterId(), body.buyerId());
        GridSlot slot = slotAt(MissionGrid.of(mission), body.start(), body.sessionId(), missionId);
        Integer table = seat(mission, null, body.exporterId(), body.buyerId(), slot, body.table(), null, now);
        UUID requestId = requests.acceptedForArrangedMeeting(missionId, body.exporterId(), body.buyerId());
        String language = mission.buyers().stream().filter(r -> r.buyerId().equals(body.buyerId())).findFirst()
                .map(RegistrationData::interpreterLanguage).orElse(null);
        boolean isNew = meeting == null;
        Meeting arranged = isNew ? Meeting.of(missionId, body.exporterId(), body.buyerId()) : meeting;
        var before = audit.snapshot(isNew ? null : arranged.view());
        DomainEvent event = arranged.place(new SchedulePlanner.PlannedMeeting(body.exporterId(), body.buyerId(), slot,
                table, Origin.ACCEPTED_REQUEST, requestId, language), rooms.link(missionId, arranged.id(), slot), now)
                .orElseThrow();
        if (isNew) {
            entityManager.persist(arranged);
        }
        outbox.append(event);
        audit.record(Meeting.AUDIT_TYPE, before, audit.snapshot(arranged.view()), event, now);
        return arranged.view();
    }

    /** A meeting more would take a side past maxMeetingsPerParticipant, and the next rebuild would drop one. */
    private void requireBelowMaximum(UUID missionId, UUID exporterId, UUID buyerId) {
        int max = requests.settings(missionId).maxMeetings();
        List<Meeting> scheduled = schedules.scheduled(missionId);
        for (UUID participant : List.of(exporterId, buyerId)) {
            long meetings = scheduled.stream().filter(m -> m.exporterId().equals(participant)
                    || m.buyerId().equals(participant)).count();
            if (meetings >= max) {
                throw ProblemException.conflict("The " + (participant.equals(exporterId) ? "exporter" : "buyer")
                        + " already has the mission's maximum of " + max + " meetings; raise maxMeetingsPerParticipant"
                        + " or cancel one of its meetings");
            }
        }
    }

    private static MissionData schedulable(MissionReplica replica, String what) {
        if (replica == null || !ScheduleService.SCHEDULABLE.contains(replica.status())) {
            throw ProblemException.conflict("The mission is " + (replica == null ? "unknown" : replica.status())
                    + "; " + what + " while it is OPEN, SELECTION, CONFIRMED or IN_PROGRESS");
        }
        return replica.data();
    }

    /** The slot starting then: of the session named, else the only one of all sessions. */
    private static GridSlot slotAt(MissionGrid grid, OffsetDateTime start, UUID sessionId, UUID missionId) {
        if (sessionId != null) {
            return grid.at(start, sessionId).orElseThrow(() -> ProblemException.unprocessable("No slot of session "
                    + sessionId + " starts at " + start + "; see GET /api/v1/missions/" + missionId
                    + "/sessions/{sessionId}/slots"));
        }
        List<GridSlot> starting = grid.slots().stream().filter(s -> s.start().isEqual(start)).toList();
        if (starting.isEmpty()) {
            throw ProblemException.unprocessable("No slot of the mission's sessions starts at " + start
                    + "; see GET /api/v1/missions/" + missionId + "/sessions");
        }
        if (starting.size() > 1) {
            throw ProblemException.unprocessable("Slots of several sessions start at " + start + " ("
                    + String.join(", ", starting.stream().map(GridSlot::sessionName).toList())
                    + "); say which in sessionId");
        }
        return starting.get(0);
    }

    /**
     * The table for a meeting of the pair in the slot (null online), once the slot is checked as a build would:
     * in the future, the buyer able to attend, neither side in another meeting then, the table free. {@code self}:
     * the meeting being moved (not in the way of itself); {@code ownTable}: its table, kept when free.
     */
    private Integer seat(MissionData mission, UUID self, UUID exporterId, UUID buyerId, GridSlot slot, Integer asked,
            Integer ownTable, OffsetDateTime now) {
        if (!slot.start().isAfter(now)) {
            throw ProblemException.unprocessable("The slot at " + slot.start() + " has passed");
        }
        requireBuyerAvailable(mission, buyerId, slot);
        List<Meeting> others = schedules.scheduled(mission.id()).stream()
                .filter(other -> !other.id().equals(self) && other.overlaps(slot.start(), slot.end()))
                .toList();
        List<String> busy = new ArrayList<>();
        for (Meeting other : others) {
            if (other.exporterId().equals(exporterId)) {
                busy.add("the exporter is in meeting " + other.id() + " at " + other.start());
            }
            if (other.buyerId().equals(buyerId)) {
                busy.add("the buyer is in meeting " + other.id() + " at " + other.start());
            }
        }
        if (!busy.isEmpty()) {
            throw ProblemException.conflict("Not free then: " + String.join("; ", busy));
        }
        return table(slot, asked, ownTable, others);
    }

    /**
     * Locks the schedule's row, then the meeting's: the order a build's store takes them in, so neither waits on
     * the other, and no build starts or ends until the change commits. 409 while a build runs; 412 on If-Match.
     */
    private void lockOutsideABuild(Meeting meeting, String ifMatch, OffsetDateTime now) {
        ScheduleRun run = entityManager.find(ScheduleRun.class, meeting.missionId(), LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(meeting, LockModeType.PESSIMISTIC_WRITE);
        if (run != null && run.building(now, ScheduleService.STALE_BUILD)) {
            throw ProblemException.conflict("The mission's schedule is being built; change the meeting once the "
                    + "build is over (GET the schedule to follow it)");
        }
        Versions.requireMatch(ifMatch, meeting.version());
    }

    private static void requireBuyerAvailable(MissionData mission, UUID buyerId, GridSlot slot) {
        mission.buyers().stream().filter(r -> r.buyerId().equals(buyerId)).flatMap(r -> r.unavailable().stream())
                .filter(period -> MissionGrid.overlaps(slot, period)).findFirst().ifPresent(period -> {
                    throw ProblemException.conflict("The buyer cannot attend from " + period.start() + " to "
                            + period.end() + " (its registration)");
                });
    }

    /** The table asked for, else its own when it stays in its session and is free, else the first free. */
    private static Integer table(GridSlot slot, Integer asked, Integer ownTable, List<Meeting> others) {
        if (slot.online()) {
            if (asked != null) {
                throw ProblemException.unprocessable("Session " + slot.sessionName() + " is online: its meetings "
                        + "have a video room, not a table");
            }
            return null;
        }
        Set<Integer> taken = new HashSet<>();
        others.stream().filter(other -> other.sessionId().equals(slot.sessionId())).map(Meeting::table)
                .forEach(taken::add);
        if (asked != null) {
            if (asked > slot.tables()) {
                throw ProblemException.unprocessable("Session " + slot.sessionName() + " has " + slot.tables()
                        + " tables");
            }
            if (taken.contains(asked)) {
                throw ProblemException.conflict("Table " + asked + " is taken at " + slot.start());
            }
            return asked;
        }
        return Tables.free(slot, taken, ownTable).orElseThrow(() -> ProblemException.conflict("Every table of "
                + "session " + slot.sessionName() + " is taken at " + slot.start()));
    }

    private Side sideOf(Meeting meeting) {
        if (caller.isExporter(meeting.exporterId())) {
            return Side.EXPORTER;
        }
        return caller.isBuyer(meeting.buyerId()) ? Side.BUYER : null;
    }
}
