package org.trademission.matching.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.trademission.matching.mission.GonePairs;
import org.trademission.matching.mission.MissionReplica;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.event.mission.RegistrationData;
import org.trademission.platform.outbox.Outbox;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;

/**
 * Meeting requests of a mission. Creating one locks the mission's replica row, so the "one open request per pair"
 * and "at most N pending requests per requester" checks hold under concurrency. Every change leaves through the
 * outbox on {@code matching.v1}.
 */
@ApplicationScoped
public class MeetingRequestService {
    private final MeetingRequestRepository requests;
    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Caller caller;

    public MeetingRequestService(MeetingRequestRepository requests, EntityManager entityManager, Outbox outbox,
            Caller caller) {
        this.requests = requests;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    public MeetingRequestView create(UUID missionId, MeetingRequestBody body) {
        MissionReplica replica = entityManager.find(MissionReplica.class, missionId, LockModeType.PESSIMISTIC_WRITE);
        if (replica == null) {
            throw ProblemException.notFound("Mission", missionId);
        }
        requireRequestsOpen(replica);
        MissionData mission = replica.data();
        Set<UUID> exporters = new HashSet<>(MissionReplica.acceptedExporters(mission));
        Set<UUID> buyers = new HashSet<>(MissionReplica.registeredBuyers(mission).stream()
                .map(RegistrationData::buyerId).toList());
        boolean fromExporter;
        if (exporters.contains(body.fromId()) && buyers.contains(body.toId())) {
            fromExporter = true;
        } else if (buyers.contains(body.fromId()) && exporters.contains(body.toId())) {
            fromExporter = false;
        } else {
            throw ProblemException.unprocessable("fromId and toId must be one accepted exporter and one registered "
                    + "buyer of the mission, in either direction");
        }
        if (!caller.isStaff() && !(fromExporter ? caller.isExporter(body.fromId()) : caller.isBuyer(body.fromId()))) {
            throw ProblemException.forbidden("You may request meetings only as yourself");
        }
        UUID exporterId = fromExporter ? body.fromId() : body.toId();
        UUID buyerId = fromExporter ? body.toId() : body.fromId();
        requests.openOfPair(missionId, exporterId, buyerId).ifPresent(open -> {
            throw ProblemException.conflict("An open meeting request already exists for this pair: " + open.view().id()
                    + " (" + open.status() + ")");
        });
        int limit = settings(missionId).maxOpenRequests();
        if (requests.pendingSentBy(missionId, body.fromId()) >= limit) {
            throw ProblemException.conflict("At most " + limit + " pending requests per participant in this mission; "
                    + "wait for answers or cancel one");
        }
        MeetingRequest request = MeetingRequest.create(missionId, exporterId, buyerId, fromExporter, body,
                caller.name(), now());
        requests.persist(request);
        outbox.append(request.requested());
        return request.view();
    }

    @Transactional
    public MeetingRequestView accept(UUID missionId, UUID requestId) {
        MeetingRequest request = locked(missionId, requestId);
        requireAddressee(request);
        requireRequestsOpen(entityManager.find(MissionReplica.class, missionId));
        outbox.append(request.accept(now()));
        return request.view();
    }

    @Transactional
    public MeetingRequestView decline(UUID missionId, UUID requestId, String reason) {
        MeetingRequest request = locked(missionId, requestId);
        requireAddressee(request);
        outbox.append(request.decline(blankToNull(reason), now()));
        return request.view();
    }

    @Transactional
    public MeetingRequestView cancel(UUID missionId, UUID requestId, String reason) {
        MeetingRequest request = locked(missionId, requestId);
        if (!caller.isStaff() && !caller.isExporter(request.fromId()) && !caller.isBuyer(request.fromId())) {
            throw ProblemException.forbidden("Only the requester (or staff) cancels a meeting request");
        }
        String why = blankToNull(reason);
        outbox.append(request.cancel(why == null ? "cancelled by " + caller.name() : why, now()));
        return request.view();
    }

    /**
     * The accepted request behind a meeting staff arrange by hand, so that rebuilds hold it as they hold every
     * accepted request (and keep it where staff put it): the pair's open request, accepted on the addressee's behalf
     * when pending, or a new one from the exporter with priority 1, requested and accepted at once. Unlike requests
     * sent by participants, this works while the mission is IN_PROGRESS (a buyer met on the spot) and counts against
     * no request limit. In the caller's transaction, which holds the mission's replica row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID acceptedForArrangedMeeting(UUID missionId, UUID exporterId, UUID buyerId) {
        MeetingRequest request = requests.openOfPair(missionId, exporterId, buyerId).orElse(null);
        if (request == null) {
            request = MeetingRequest.create(missionId, exporterId, buyerId, true,
                    new MeetingRequestBody(exporterId, buyerId, 1, "Arranged by the agency"), caller.name(), now());
            requests.persist(request);
            outbox.append(request.requested());
        } else {
            entityManager.lock(request, LockModeType.PESSIMISTIC_WRITE);
        }
        if (request.status() == RequestStatus.PENDING) {
            outbox.append(request.accept(now()));
        }
        return request.view().id();
    }

    /**
     * Cancels the open request a meeting came from, when one side (or the agency) called the meeting off, so that the
     * pair can ask to meet again later. In the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelForCalledOffMeeting(UUID requestId, String reason) {
        requests.findByIdOptional(requestId, LockModeType.PESSIMISTIC_WRITE)
                .filter(request -> request.status().isOpen())
                .ifPresent(request -> outbox.append(request.cancel(reason, now())));
    }

    /**
     * Cancels, from a mission's new state, the open requests that became moot: all of them when the mission is
     * cancelled; those of an exporter whose application is no longer accepted, or of a buyer whose registration is
     * cancelled. Only requests made before the event happened count: an event replayed from the past (a rebuild)
     * never cancels a request made after it. In the mission consumer's transaction; each cancellation is an event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelMoot(MissionData mission, OffsetDateTime happenedAt) {
        List<MeetingRequest> open = requests.openOfMission(mission.id()).stream()
                .filter(request -> happenedAt == null || request.createdAt().isBefore(happenedAt)).toList();
        if (open.isEmpty()) {
            return;
        }
        GonePairs gone = GonePairs.of(mission);
        for (MeetingRequest request : open) {
            gone.why(request.exporterId(), request.buyerId())
                    .ifPresent(reason -> outbox.append(request.cancel(reason, now())));
        }
    }

    @Transactional
    public MeetingRequestView get(UUID missionId, UUID requestId) {
        MeetingRequest request = requests.findByIdOptional(requestId).filter(r -> r.view().missionId()
                .equals(missionId)).orElseThrow(() -> ProblemException.notFound("Meeting request", requestId));
        requireInvolved(request);
        return request.view();
    }

    @Transactional
    public List<MeetingRequestView> list(UUID missionId, UUID participantId, String direction, RequestStatus status) {
        requireMission(missionId);
        return requests.list(missionId, participantId, direction, status).stream().map(MeetingRequest::view)
                .toList();
    }

    @Transactional
    public SettingsBody settings(UUID missionId, SettingsBody body) {
        requireMission(missionId);
        MatchingSettings settings = entityManager.find(MatchingSettings.class, missionId,
                LockModeType.PESSIMISTIC_WRITE);
        if (settings == null) {
            settings = MatchingSettings.defaults(missionId);
            settings.apply(body);
            entityManager.persist(settings);
        } else {
            settings.apply(body);
        }
        return settings.body();
    }

    @Transactional
    public SettingsBody settingsOf(UUID missionId) {
        requireMission(missionId);
        return settings(missionId).body();
    }

    private void requireMission(UUID missionId) {
        if (entityManager.find(MissionReplica.class, missionId) == null) {
            throw ProblemException.notFound("Mission", missionId);
        }
    }

    /** The mission's settings, or the defaults when it has none. */
    public MatchingSettings settings(UUID missionId) {
        MatchingSettings settings = entityManager.find(MatchingSettings.class, missionId);
        return settings != null ? settings : MatchingSettings.defaults(missionId);
    }

    private MeetingRequest locked(UUID missionId, UUID requestId) {
        return requests.findForUpdate(requestId).filter(r -> r.view().missionId().equals(missionId))
                .orElseThrow(() -> ProblemException.notFound("Meeting request", requestId));
    }

    private void requireAddressee(MeetingRequest request) {
        if (!caller.isStaff() && !caller.isExporter(request.toId()) && !caller.isBuyer(request.toId())) {
            throw ProblemException.forbidden("Only the addressee (or staff) accepts or declines a meeting request");
        }
    }

    private void requireInvolved(MeetingRequest request) {
        if (!caller.isAgency() && !caller.is(org.trademission.platform.security.Roles.PARTNER)
                && !caller.isExporter(request.exporterId()) && !caller.isBuyer(request.buyerId())) {
            throw ProblemException.notFound("Meeting request", request.view().id());
        }
    }

    private static void requireRequestsOpen(MissionReplica replica) {
        if (replica == null || !MissionReplica.REQUESTS_OPEN.contains(replica.status())) {
            throw ProblemException.conflict("The mission is " + (replica == null ? "unknown" : replica.status())
                    + "; meetings are requested while it is OPEN, SELECTION or CONFIRMED");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
