package org.trademission.mission.registration;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.trademission.mission.buyer.BuyerReplica;
import org.trademission.mission.mission.Mission;
import org.trademission.mission.mission.MissionService;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.SortRequest;

/** Buyer registrations to missions: only for buyers this service knows from {@code buyers.v1}. */
@ApplicationScoped
public class RegistrationService {
    private final MissionService missions;
    private final EntityManager entityManager;

    public RegistrationService(MissionService missions, EntityManager entityManager) {
        this.missions = missions;
        this.entityManager = entityManager;
    }

    @Transactional
    public RegistrationView register(UUID missionId, RegistrationRequest request) {
        Mission mission = missions.locked(missionId, null);
        if (entityManager.find(BuyerReplica.class, request.buyerId()) == null) {
            throw ProblemException.unprocessable("Buyer " + request.buyerId() + " is not known to the mission "
                    + "service (not registered in buyer-service, or its registration has not arrived yet)");
        }
        JsonNode before = missions.snapshot(mission);
        Mission.Change<BuyerRegistration> change = mission.register(request, missions.now());
        missions.commit(mission, before, change.event());
        return view(change.part());
    }

    @Transactional
    public RegistrationView change(UUID missionId, UUID buyerId, String ifMatch, RegistrationChange change) {
        Mission mission = missions.locked(missionId, null);
        BuyerRegistration registration = registration(mission, buyerId);
        org.trademission.platform.web.Versions.requireMatch(ifMatch, registration.version());
        JsonNode before = missions.snapshot(mission);
        mission.changeRegistration(registration, change, missions.now())
                .ifPresent(c -> missions.commit(mission, before, c.event()));
        return view(registration);
    }

    @Transactional
    public RegistrationView confirm(UUID missionId, UUID buyerId) {
        Mission mission = missions.locked(missionId, null);
        JsonNode before = missions.snapshot(mission);
        Mission.Change<BuyerRegistration> change = mission.confirmRegistration(registration(mission, buyerId),
                missions.now());
        missions.commit(mission, before, change.event());
        return view(change.part());
    }

    @Transactional
    public RegistrationView cancel(UUID missionId, UUID buyerId) {
        Mission mission = missions.locked(missionId, null);
        JsonNode before = missions.snapshot(mission);
        Mission.Change<BuyerRegistration> change = mission.cancelRegistration(registration(mission, buyerId),
                missions.now());
        missions.commit(mission, before, change.event());
        return view(change.part());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RegistrationView get(UUID missionId, UUID buyerId) {
        return view(registration(missions.get(missionId), buyerId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<RegistrationView> list(UUID missionId, RegistrationStatus status, UUID onlyBuyer, String sort,
            PageRequest page) {
        Optional<Comparator<RegistrationView>> order = RegistrationSort.order(sort);
        List<BuyerRegistration> selected = missions.get(missionId).registrations().stream()
                .filter(r -> status == null || r.status() == status)
                .filter(r -> onlyBuyer == null || r.buyerId().equals(onlyBuyer)).toList();
        Map<UUID, String> names = names(selected.stream().map(BuyerRegistration::buyerId).toList());
        List<RegistrationView> all = SortRequest.sorted(selected.stream()
                .map(r -> r.view(names.get(r.buyerId()))).toList(), order);
        return new PageResult<>(all.stream().skip(page.offset()).limit(page.size()).toList(), page.page(),
                page.size(), all.size());
    }

    /** The buyers' display names, in one query of the replica. */
    private Map<UUID, String> names(List<UUID> buyerIds) {
        Map<UUID, String> names = new HashMap<>();
        if (!buyerIds.isEmpty()) {
            entityManager.createQuery("select b.id, b.displayName from BuyerReplica b where b.id in :ids",
                    Object[].class).setParameter("ids", buyerIds).getResultList()
                    .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }

    private RegistrationView view(BuyerRegistration registration) {
        BuyerReplica buyer = entityManager.find(BuyerReplica.class, registration.buyerId());
        return registration.view(buyer == null ? null : buyer.displayName());
    }

    private static BuyerRegistration registration(Mission mission, UUID buyerId) {
        return mission.registrationOf(buyerId).orElseThrow(() -> ProblemException.notFound("Registration of buyer",
                buyerId));
    }
}
