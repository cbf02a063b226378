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
import org.trademission.matching.mission.MissionReplica;
import org.trademission.matching.outcome.Side;
import org.trademission.matching.request.MeetingRequestService;
import org.trademission.platform.audit.AuditTrail;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.outbox.Outbox;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.Versions;

/**
 * A single meeting: reading it, moving it by hand (staff), and calling it off before it starts (by either side or
 * the agency). Calling off waits for no rebuild: the meeting is cancelled at once (MeetingCancelled), the request it
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
        MissionReplica replica = entityManager.find(MissionReplica.class, meeting.missionId());
        if (replica == null || !ScheduleService.SCHEDULABLE.contains(replica.status())) {
            throw ProblemException.conflict("The mission is " + (replica == null ? "unknown" : replica.status())
                    + "; its meetings move while it is OPEN, SELECTION, CONFIRMED or IN_PROGRESS");
        }
        MissionData mission = replica.data();
        UUID sessionId = body.sessionId() == null ? meeting.sessionId() : body.sessionId();
        GridSlot slot = MissionGrid.of(mission).at(body.start(), sessionId).orElseThrow(() ->
                ProblemException.unprocessable("No slot of session " + sessionId + " starts at " + body.start()
                        + "; see GET /api/v1/missions/" + meeting.missionId() + "/sessions/{sessionId}/slots"));
        if (!slot.start().isAfter(now)) {
            throw ProblemException.unprocessable("The slot at " + slot.start() + " has passed");
        }
        requireBuyerAvailable(mission, meeting.buyerId(), slot);
        List<Meeting> others = schedules.scheduled(meeting.missionId()).stream()
                .filter(other -> !other.id().equals(meeting.id()) && other.overlaps(slot.start(), slot.end()))
                .toList();
        List<String> busy = new ArrayList<>();
        for (Meeting other : others) {
            if (other.exporterId().equals(meeting.exporterId())) {
                busy.add("the exporter is in meeting " + other.id() + " at " + other.start());
            }
            if (other.buyerId().equals(meeting.buyerId())) {
                busy.add("the buyer is in meeting " + other.id() + " at " + other.start());
            }
        }
        if (!busy.isEmpty()) {
            throw ProblemException.conflict("Not free then: " + String.join("; ", busy));
        }
        Integer table = table(meeting, slot, body.table(), others);
        var before = audit.snapshot(meeting.view());
        meeting.moveTo(slot, table, rooms.link(meeting.missionId(), meeting.id(), slot), now)
                .ifPresent(event -> {
                    outbox.append(event);
                    audit.record(Meeting.AUDIT_TYPE, before, audit.snapshot(meeting.view()), event, now);
                });
        return meeting.view();
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

    /** The table asked for, else the meeting's own when it stays in its session and is free, else the first free. */
    private static Integer table(Meeting meeting, GridSlot slot, Integer asked, List<Meeting> others) {
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
        if (meeting.sessionId().equals(slot.sessionId()) && meeting.table() != null
                && !taken.contains(meeting.table())) {
            return meeting.table();
        }
        for (int table = 1; table <= slot.tables(); table++) {
            if (!taken.contains(table)) {
                return table;
            }
        }
        throw ProblemException.conflict("Every table of session " + slot.sessionName() + " is taken at "
                + slot.start());
    }

    private Side sideOf(Meeting meeting) {
        if (caller.isExporter(meeting.exporterId())) {
            return Side.EXPORTER;
        }
        return caller.isBuyer(meeting.buyerId()) ? Side.BUYER : null;
    }
}
