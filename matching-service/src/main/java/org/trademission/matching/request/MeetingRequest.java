package org.trademission.matching.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.event.EventTypes;
import org.trademission.platform.event.Topics;
import org.trademission.platform.event.matching.MeetingRequestData;
import org.trademission.platform.problem.ProblemException;

/** A request of an exporter and a buyer of a mission to meet. Each change returns the event it causes. */
@Entity
@Table(name = "meeting_request")
public class MeetingRequest {
    @Id
    private UUID id;
    @Column(name = "mission_id", nullable = false)
    private UUID missionId;
    @Column(name = "exporter_id", nullable = false)
    private UUID exporterId;
    @Column(name = "buyer_id", nullable = false)
    private UUID buyerId;
    /** True when the exporter asked the buyer, false the other way round. */
    @Column(name = "from_exporter", nullable = false)
    private boolean fromExporter;
    @Column(nullable = false)
    private int priority;
    @Column(length = 2000)
    private String message;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status;
    @Column(length = 1000)
    private String reason;
    @Column(name = "requested_by", nullable = false, length = 300)
    private String requestedBy;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected MeetingRequest() {
    }

    static MeetingRequest create(UUID missionId, UUID exporterId, UUID buyerId, boolean fromExporter,
            MeetingRequestBody body, String by, OffsetDateTime now) {
        MeetingRequest request = new MeetingRequest();
        request.id = UUID.randomUUID();
        request.missionId = missionId;
        request.exporterId = exporterId;
        request.buyerId = buyerId;
        request.fromExporter = fromExporter;
        request.priority = body.priority();
        request.message = body.message() == null || body.message().isBlank() ? null : body.message().trim();
        request.status = RequestStatus.PENDING;
        request.requestedBy = by;
        request.version = 1;
        request.createdAt = now;
        request.updatedAt = now;
        return request;
    }

    DomainEvent requested() {
        return event(EventTypes.MEETING_REQUESTED);
    }

    DomainEvent accept(OffsetDateTime now) {
        requirePending("accepted");
        status = RequestStatus.ACCEPTED;
        return changed(EventTypes.MEETING_REQUEST_ACCEPTED, now);
    }

    DomainEvent decline(String why, OffsetDateTime now) {
        requirePending("declined");
        status = RequestStatus.DECLINED;
        reason = why;
        return changed(EventTypes.MEETING_REQUEST_DECLINED, now);
    }

    DomainEvent cancel(String why, OffsetDateTime now) {
        if (!status.isOpen()) {
            throw ProblemException.conflict("Meeting request " + id + " is " + status + "; it cannot be cancelled");
        }
        status = RequestStatus.CANCELLED;
        reason = why;
        return changed(EventTypes.MEETING_REQUEST_CANCELLED, now);
    }

    private void requirePending(String what) {
        if (status != RequestStatus.PENDING) {
            throw ProblemException.conflict("Meeting request " + id + " is " + status + "; only a PENDING one can be "
                    + what);
        }
    }

    private DomainEvent changed(String type, OffsetDateTime now) {
        version++;
        updatedAt = now;
        return event(type);
    }

    private DomainEvent event(String type) {
        return new DomainEvent(Topics.MATCHING, type, id, version, new MeetingRequestData(id, missionId, exporterId,
                buyerId, fromId(), toId(), priority, message, status.name(), reason));
    }

    public UUID fromId() {
        return fromExporter ? exporterId : buyerId;
    }

    public UUID toId() {
        return fromExporter ? buyerId : exporterId;
    }

    public UUID exporterId() {
        return exporterId;
    }

    public UUID buyerId() {
        return buyerId;
    }

    public RequestStatus status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public MeetingRequestView view() {
        return new MeetingRequestView(id, missionId, fromId(), toId(), exporterId, buyerId, priority, message, status,
                reason, requestedBy, version, createdAt, updatedAt);
    }
}
