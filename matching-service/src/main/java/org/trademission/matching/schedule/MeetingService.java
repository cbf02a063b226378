package org.trademission.matching.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.trademission.matching.outcome.Side;
import org.trademission.matching.request.MeetingRequestService;
import org.trademission.platform.audit.AuditTrail;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.outbox.Outbox;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.Versions;

/**
 * A single meeting: reading it, and calling it off before it starts (by either side or the agency). Calling off
 * waits for no rebuild: the meeting is cancelled at once (MeetingCancelled), the request it came from is cancelled
 * with it, and later rebuilds leave the pair out until either side asks to meet again.
 */
@ApplicationScoped
public class MeetingService {
    private final EntityManager entityManager;
    private final MeetingRequestService requests;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Caller caller;

    public MeetingService(EntityManager entityManager, MeetingRequestService requests, Outbox outbox,
            AuditTrail audit, Caller caller) {
        this.entityManager = entityManager;
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
        // The schedule's row first, then the meeting's: the order a build's store takes them in, so neither waits
        // on the other; and with the schedule's row held no build starts or ends until this commits.
        ScheduleRun run = entityManager.find(ScheduleRun.class, meeting.missionId(), LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(meeting, LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (run != null && run.building(now, ScheduleService.STALE_BUILD)) {
            throw ProblemException.conflict("The mission's schedule is being built; call the meeting off once the "
                    + "build is over (GET the schedule to follow it)");
        }
        Versions.requireMatch(ifMatch, meeting.version());
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

    private Side sideOf(Meeting meeting) {
        if (caller.isExporter(meeting.exporterId())) {
            return Side.EXPORTER;
        }
        return caller.isBuyer(meeting.buyerId()) ? Side.BUYER : null;
    }
}
