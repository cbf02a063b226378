package org.trademission.matching.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.trademission.matching.schedule.Meeting;
import org.trademission.platform.audit.AuditTrail;
import org.trademission.platform.audit.HistoryEntryView;
import org.trademission.platform.audit.HistorySort;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.event.matching.FollowUpData;
import org.trademission.platform.event.matching.OutcomeData;
import org.trademission.platform.outbox.Outbox;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;

/**
 * Outcomes and follow-ups of meetings. Each change locks the meeting, bumps its version (the sequence of its events
 * on {@code matching.v1}), leaves through the outbox and is kept in the audit trail (type {@code Meeting}).
 */
@ApplicationScoped
public class OutcomeService {
    static final String AUDIT_TYPE = Meeting.AUDIT_TYPE;

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Caller caller;

    public OutcomeService(EntityManager entityManager, Outbox outbox, AuditTrail audit, Caller caller) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.audit = audit;
        this.caller = caller;
    }

    public record Recorded(boolean created, OutcomeView outcome) {
    }

    @Transactional
    public Recorded record(UUID meetingId, OutcomeBody body) {
        Meeting meeting = lockedMeeting(meetingId);
        Side side = sideOf(meeting, body.side());
        OffsetDateTime now = now();
        requireScheduled(meeting);
        if (side != Side.AGENCY && !caller.isStaff() && !meeting.startedBy(now)) {
            throw ProblemException.conflict("The meeting starts at " + meeting.start() + "; its participants record "
                    + "the outcome once it has started");
        }
        if (body.attended() && body.interest() == null) {
            throw ProblemException.invalid("interest", "is required (1 to 5) when the meeting took place");
        }
        if (!body.attended() && body.nextStep() != NextStep.NONE) {
            throw ProblemException.unprocessable("A meeting that did not take place has nextStep NONE");
        }
        MeetingOutcome outcome = entityManager.createQuery("from MeetingOutcome o where o.meetingId = :meeting "
                + "and o.side = :side", MeetingOutcome.class).setParameter("meeting", meetingId)
                .setParameter("side", side).getResultStream().findFirst().orElse(null);
        boolean created = outcome == null;
        var before = audit.snapshot(created ? null : outcome.view());
        if (created) {
            outcome = new MeetingOutcome(meetingId, meeting.missionId(), side);
        }
        outcome.record(body, caller.name(), now);
        if (created) {
            entityManager.persist(outcome);
        }
        OutcomeView view = outcome.view();
        DomainEvent event = meeting.outcomeRecorded(new OutcomeData(meetingId, meeting.missionId(),
                meeting.exporterId(), meeting.buyerId(), side.name(), view.attended(), view.interest(),
                view.nextStep().name(), view.estimatedValue(), view.notes(), view.recordedBy(), now), now);
        outbox.append(event);
        audit.record(AUDIT_TYPE, before, audit.snapshot(view), event, now);
        return new Recorded(created, view);
    }

    @Transactional
    public FollowUpView followUp(UUID meetingId, FollowUpBody body) {
        Meeting meeting = lockedMeeting(meetingId);
        requireParticipantOrAgency(meeting, true);
        requireScheduled(meeting);
        OffsetDateTime now = now();
        if (!meeting.startedBy(now)) {
            throw ProblemException.conflict("The meeting starts at " + meeting.start() + "; follow-ups come after it");
        }
        LocalDate today = now.toLocalDate();
        LocalDate date = body.date() == null ? today : body.date();
        if (date.isAfter(today.plusDays(1))) {
            throw ProblemException.invalid("date", "must not be in the future");
        }
        if (date.isBefore(meeting.start().toLocalDate().minusDays(1))) {
            throw ProblemException.invalid("date", "must not be before the meeting");
        }
        FollowUp followUp = new FollowUp(meetingId, meeting.missionId(), body, date, caller.name(), now);
        entityManager.persist(followUp);
        Stage pipeline = pipelineStage(followUps(meetingId));
        FollowUpView view = followUp.view();
        DomainEvent event = meeting.followUpRecorded(new FollowUpData(view.id(), meetingId, meeting.missionId(),
                meeting.exporterId(), meeting.buyerId(), view.stage().name(), view.value(), view.date(),
                view.notes(), pipeline.name(), view.recordedBy(), now), now);
        outbox.append(event);
        audit.record(AUDIT_TYPE, audit.tree(java.util.Map.of()), audit.snapshot(java.util.Map.of("followUp", view)),
                event, now);
        return view;
    }

    @Transactional
    public MeetingResultView result(UUID meetingId) {
        Meeting meeting = entityManager.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw ProblemException.notFound("Meeting", meetingId);
        }
        requireParticipantOrAgency(meeting, false);
        List<OutcomeView> outcomes = entityManager.createQuery("from MeetingOutcome o where o.meetingId = :meeting "
                + "order by o.side", MeetingOutcome.class).setParameter("meeting", meetingId).getResultList().stream()
                .map(MeetingOutcome::view).toList();
        List<FollowUp> followUps = followUps(meetingId);
        return new MeetingResultView(meeting.view(), outcomes, followUps.stream().map(FollowUp::view).toList(),
                followUps.isEmpty() ? null : pipelineStage(followUps));
    }

    @Transactional
    public PageResult<HistoryEntryView> history(UUID meetingId, PageRequest page, HistorySort sort) {
        Meeting meeting = entityManager.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw ProblemException.notFound("Meeting", meetingId);
        }
        requireParticipantOrAgency(meeting, false);
        return audit.history(AUDIT_TYPE, meetingId, page, sort);
    }

    /** Latest first: by date, then by when it was recorded. */
    List<FollowUp> followUps(UUID meetingId) {
        return entityManager.createQuery("from FollowUp f where f.meetingId = :meeting", FollowUp.class)
                .setParameter("meeting", meetingId).getResultList().stream().sorted(FollowUp.LATEST_FIRST).toList();
    }

    static Stage pipelineStage(List<FollowUp> latestFirst) {
        return latestFirst.isEmpty() ? null : latestFirst.get(0).stage();
    }

    private Meeting lockedMeeting(UUID meetingId) {
        Meeting meeting = entityManager.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw ProblemException.notFound("Meeting", meetingId);
        }
        return meeting;
    }

    private Side sideOf(Meeting meeting, Side asked) {
        if (caller.isStaff()) {
            return asked == null ? Side.AGENCY : asked;
        }
        Side own = caller.isExporter(meeting.exporterId()) ? Side.EXPORTER
                : caller.isBuyer(meeting.buyerId()) ? Side.BUYER : null;
        if (own == null) {
            throw ProblemException.forbidden("You may record outcomes of your own meetings only");
        }
        if (asked != null && asked != own) {
            throw ProblemException.forbidden("You record your own side's view (" + own + ") only");
        }
        return own;
    }

    private void requireParticipantOrAgency(Meeting meeting, boolean writing) {
        boolean agency = writing ? caller.isStaff() || caller.is(Roles.CRM)
                : caller.isAgency() || caller.is(Roles.PARTNER);
        if (!agency && !caller.isExporter(meeting.exporterId()) && !caller.isBuyer(meeting.buyerId())) {
            throw ProblemException.forbidden("Only the meeting's participants and the agency");
        }
    }

    private static void requireScheduled(Meeting meeting) {
        if (meeting.status() != Meeting.Status.SCHEDULED) {
            throw ProblemException.conflict("The meeting was cancelled; it has no outcome");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
