package org.trademission.matching.request;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MeetingRequestRepository implements PanacheRepositoryBase<MeetingRequest, UUID> {

    public Optional<MeetingRequest> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The open request of a pair, if any. */
    public Optional<MeetingRequest> openOfPair(UUID missionId, UUID exporterId, UUID buyerId) {
        return find("missionId = ?1 and exporterId = ?2 and buyerId = ?3 and status in ?4", missionId, exporterId,
                buyerId, List.of(RequestStatus.PENDING, RequestStatus.ACCEPTED)).firstResultOptional();
    }

    /** How many PENDING requests a participant has sent in a mission. */
    public long pendingSentBy(UUID missionId, UUID participantId) {
        return count("missionId = ?1 and status = ?2 and ((fromExporter = true and exporterId = ?3) "
                + "or (fromExporter = false and buyerId = ?3))", missionId, RequestStatus.PENDING, participantId);
    }

    /** The open requests involving a participant (exporter or buyer), locked, to cancel them. */
    public List<MeetingRequest> openInvolving(UUID missionId, UUID participantId) {
        return find("missionId = ?1 and status in ?2 and (exporterId = ?3 or buyerId = ?3)", missionId,
                List.of(RequestStatus.PENDING, RequestStatus.ACCEPTED), participantId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public List<MeetingRequest> openOfMission(UUID missionId) {
        return find("missionId = ?1 and status in ?2", missionId, List.of(RequestStatus.PENDING,
                RequestStatus.ACCEPTED)).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The status of the open request with each counterpart of a participant. */
    public Map<UUID, String> openStatusesOf(UUID missionId, UUID participantId) {
        Map<UUID, String> statuses = new HashMap<>();
        for (MeetingRequest request : find("missionId = ?1 and status in ?2 and (exporterId = ?3 or buyerId = ?3)",
                missionId, List.of(RequestStatus.PENDING, RequestStatus.ACCEPTED), participantId).list()) {
            statuses.put(request.exporterId().equals(participantId) ? request.buyerId() : request.exporterId(),
                    request.status().name());
        }
        return statuses;
    }

    /** The requests of a mission, optionally of one participant as requester or addressee, and of one status. */
    public List<MeetingRequest> list(UUID missionId, UUID participantId, String direction, RequestStatus status) {
        StringBuilder query = new StringBuilder("missionId = :mission");
        Map<String, Object> params = new HashMap<>();
        params.put("mission", missionId);
        if (participantId != null) {
            params.put("participant", participantId);
            String from = "((fromExporter = true and exporterId = :participant) or (fromExporter = false and "
                    + "buyerId = :participant))";
            String to = "((fromExporter = false and exporterId = :participant) or (fromExporter = true and "
                    + "buyerId = :participant))";
            query.append(" and ").append("sent".equals(direction) ? from : "received".equals(direction) ? to
                    : "(exporterId = :participant or buyerId = :participant)");
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        return find(query.toString(), io.quarkus.panache.common.Sort.by("createdAt").and("id"), params).list();
    }

    /** Accepted and pending requests of a mission, without locking them (the scheduler's read). */
    public List<MeetingRequest> wantedOfMission(UUID missionId) {
        return list("missionId = ?1 and status in ?2 order by createdAt, id", missionId,
                List.of(RequestStatus.PENDING, RequestStatus.ACCEPTED));
    }

    /** Requests of a mission that were declined: their pairs are never recommended to meet. */
    public List<MeetingRequest> declinedOfMission(UUID missionId) {
        return list("missionId = ?1 and status = ?2", missionId, RequestStatus.DECLINED);
    }
}
