package org.trademission.matching.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.trademission.matching.outcome.Side;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.event.EventTypes;
import org.trademission.platform.event.Topics;
import org.trademission.platform.event.matching.MeetingData;
import org.trademission.platform.problem.ProblemException;

/**
 * A meeting of the mission's schedule: one per exporter–buyer pair, kept across rebuilds (moved or cancelled, never
 * deleted), so that its id — the calendar UID — stays the same for the participants.
 */
@Entity
@Table(name = "meeting")
public class Meeting {
    public enum Status { SCHEDULED, CANCELLED }

    /** The type of a meeting's entries in the audit trail (its history). */
    public static final String AUDIT_TYPE = "Meeting";

    @Id
    private UUID id;
    @Column(name = "mission_id", nullable = false)
    private UUID missionId;
    @Column(name = "exporter_id", nullable = false)
    private UUID exporterId;
    @Column(name = "buyer_id", nullable = false)
    private UUID buyerId;
    @Column(name = "session_id", nullable = false)
    private UUID sessionId;
    @Column(name = "slot_start", nullable = false)
    private OffsetDateTime start;
    @Column(name = "slot_end", nullable = false)
    private OffsetDateTime end;
    @Column(name = "table_number")
    private Integer table;
    @Column(name = "video_link", length = 1000)
    private String videoLink;
    @Column(name = "interpreter_language", length = 10)
    private String interpreterLanguage;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Origin origin;
    @Column(name = "request_id")
    private UUID requestId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;
    @Column(length = 1000)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by", length = 20)
    private Side cancelledBy;
    @Column(nullable = false)
    private long version;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Meeting() {
    }

    /** A new meeting of a pair; {@link #place} gives it its slot. */
    static Meeting of(UUID missionId, UUID exporterId, UUID buyerId) {
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.missionId = missionId;
        meeting.exporterId = exporterId;
        meeting.buyerId = buyerId;
        return meeting;
    }

    /**
     * Places the meeting as planned: MeetingScheduled for a new or cancelled meeting, MeetingMoved when its slot,
     * table or room changed; nothing when it stays as it was.
     */
    java.util.Optional<DomainEvent> place(SchedulePlanner.PlannedMeeting planned, String videoLink,
            OffsetDateTime now) {
        boolean isNew = status == null || status == Status.CANCELLED;
        boolean same = !isNew && sessionId.equals(planned.slot().sessionId()) && start.isEqual(planned.slot().start())
                && Objects.equals(table, planned.table()) && Objects.equals(this.videoLink, videoLink)
                && Objects.equals(interpreterLanguage, planned.interpreterLanguage());
        origin = planned.origin();
        requestId = planned.requestId();
        if (same) {
            return java.util.Optional.empty();
        }
        sessionId = planned.slot().sessionId();
        start = planned.slot().start();
        end = planned.slot().end();
        table = planned.table();
        this.videoLink = videoLink;
        interpreterLanguage = planned.interpreterLanguage();
        status = Status.SCHEDULED;
        reason = null;
        cancelledBy = null;
        return java.util.Optional.of(changed(isNew ? EventTypes.MEETING_SCHEDULED : EventTypes.MEETING_MOVED, now));
    }

    /**
     * Moved by hand (staff) to another slot or table: MeetingMoved, or nothing when it is already there. Rebuilds keep
     * it there while the slot stays valid for both sides, as they keep every published meeting.
     */
    java.util.Optional<DomainEvent> moveTo(GridSlot slot, Integer table, String videoLink, OffsetDateTime now) {
        return place(new SchedulePlanner.PlannedMeeting(exporterId, buyerId, slot, table, origin, requestId,
                interpreterLanguage), videoLink, now);
    }

    /**
     * The buyer now needs an interpreter for another language, or none: the meeting keeps its slot and table and says
     * so in a MeetingMoved (as a rebuild would), so that the agency books the right interpreter; nothing when unchanged.
     */
    java.util.Optional<DomainEvent> interpretedIn(String language, OffsetDateTime now) {
        if (status != Status.SCHEDULED || Objects.equals(interpreterLanguage, language)) {
            return java.util.Optional.empty();
        }
        interpreterLanguage = language;
        return java.util.Optional.of(changed(EventTypes.MEETING_MOVED, now));
    }

    /**
     * Called off by one side (or the agency) before it starts. Unlike a rebuild's cancellation this is a choice:
     * rebuilds leave the pair out until either side asks to meet again.
     */
    DomainEvent callOff(Side by, String why, OffsetDateTime now) {
        if (status != Status.SCHEDULED) {
            throw ProblemException.conflict("The meeting is already cancelled: " + reason);
        }
        if (startedBy(now)) {
            throw ProblemException.conflict("The meeting started at " + start + "; say what happened in its outcome "
                    + "(attended false for a no-show) instead of cancelling it");
        }
        cancelledBy = by;
        String who = switch (by) {
            case EXPORTER -> "the exporter";
            case BUYER -> "the buyer";
            case AGENCY -> "the agency";
        };
        return cancel("Cancelled by " + who + (why == null ? "" : ": " + why), now);
    }

    DomainEvent cancel(String why, OffsetDateTime now) {
        status = Status.CANCELLED;
        reason = why;
        return changed(EventTypes.MEETING_CANCELLED, now);
    }

    /** What a side said the meeting led to; a cancelled meeting has no outcome. */
    public DomainEvent outcomeRecorded(org.trademission.platform.event.matching.OutcomeData outcome,
            OffsetDateTime now) {
        return recorded(EventTypes.MEETING_OUTCOME_RECORDED, outcome, now);
    }

    public DomainEvent followUpRecorded(org.trademission.platform.event.matching.FollowUpData followUp,
            OffsetDateTime now) {
        return recorded(EventTypes.FOLLOW_UP_RECORDED, followUp, now);
    }

    private DomainEvent recorded(String type, Object payload, OffsetDateTime now) {
        if (status != Status.SCHEDULED) {
            throw new IllegalStateException("meeting " + id + " is " + status);
        }
        version++;
        updatedAt = now;
        return new DomainEvent(Topics.MATCHING, type, id, version, payload);
    }

    public boolean startedBy(OffsetDateTime now) {
        return !start.isAfter(now);
    }

    public UUID missionId() {
        return missionId;
    }

    public boolean overlaps(OffsetDateTime from, OffsetDateTime to) {
        return start.isBefore(to) && end.isAfter(from);
    }

    public OffsetDateTime end() {
        return end;
    }

    private DomainEvent changed(String type, OffsetDateTime now) {
        version++;
        updatedAt = now;
        return new DomainEvent(Topics.MATCHING, type, id, version, data());
    }

    MeetingData data() {
        return new MeetingData(id, missionId, exporterId, buyerId, sessionId, start, end, table, videoLink,
                interpreterLanguage, origin.name(), requestId, status.name(), reason,
                cancelledBy == null ? null : cancelledBy.name());
    }

    public MeetingView view() {
        return new MeetingView(id, exporterId, buyerId, sessionId, start, end, table, videoLink, interpreterLanguage,
                origin, requestId, status, reason, cancelledBy, version);
    }

    /** Who called the meeting off, if one side (or the agency) did; null when scheduled or cancelled by a rebuild. */
    public Side cancelledBy() {
        return cancelledBy;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public UUID requestId() {
        return requestId;
    }

    public UUID id() {
        return id;
    }

    public UUID exporterId() {
        return exporterId;
    }

    public UUID buyerId() {
        return buyerId;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public OffsetDateTime start() {
        return start;
    }

    public Integer table() {
        return table;
    }

    public Status status() {
        return status;
    }

    public long version() {
        return version;
    }
}
