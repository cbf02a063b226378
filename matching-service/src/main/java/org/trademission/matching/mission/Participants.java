package org.trademission.matching.mission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.trademission.matching.buyer.BuyerReplica;
import org.trademission.matching.exporter.ExporterReplica;
import org.trademission.matching.score.BuyerProfile;
import org.trademission.matching.score.ExporterProfile;
import org.trademission.platform.event.buyer.InterestData;
import org.trademission.platform.event.exporter.ProductSummary;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.event.mission.RegistrationData;
import org.trademission.platform.problem.ProblemException;

/**
 * A mission's participants as the score sees them, from the replicas only: its accepted exporters that are still
 * verified, and its registered buyers (not cancelled) with their interpreter need. Runs in the caller's transaction.
 */
@ApplicationScoped
public class Participants {
    private final EntityManager entityManager;

    public Participants(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public MissionData mission(UUID missionId) {
        MissionReplica replica = entityManager.find(MissionReplica.class, missionId);
        if (replica == null) {
            throw ProblemException.notFound("Mission", missionId);
        }
        return replica.data();
    }

    public List<ExporterProfile> exporters(MissionData mission) {
        List<UUID> ids = MissionReplica.acceptedExporters(mission);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ExporterReplica> replicas = entityManager.createQuery("from ExporterReplica e where e.id in :ids "
                + "and e.status = 'VERIFIED' order by e.displayName, e.id", ExporterReplica.class)
                .setParameter("ids", ids).getResultList();
        return replicas.stream().map(Participants::profile).toList();
    }

    public List<BuyerProfile> buyers(MissionData mission) {
        List<RegistrationData> registrations = MissionReplica.registeredBuyers(mission);
        if (registrations.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> interpreters = new HashMap<>();
        registrations.forEach(r -> interpreters.put(r.buyerId(), r.interpreterLanguage()));
        List<BuyerReplica> replicas = entityManager.createQuery("from BuyerReplica b where b.id in :ids "
                + "order by b.displayName, b.id", BuyerReplica.class)
                .setParameter("ids", new ArrayList<>(interpreters.keySet())).getResultList();
        return replicas.stream().map(b -> profile(b, interpreters.get(b.id()))).toList();
    }

    /** Display names of exporters and buyers from the replicas, one query per kind. */
    public Map<UUID, String> names(java.util.Collection<UUID> exporters, java.util.Collection<UUID> buyers) {
        Map<UUID, String> names = new HashMap<>();
        if (!exporters.isEmpty()) {
            entityManager.createQuery("from ExporterReplica e where e.id in :ids", ExporterReplica.class)
                    .setParameter("ids", exporters).getResultList().forEach(e -> names.put(e.id(), e.displayName()));
        }
        if (!buyers.isEmpty()) {
            entityManager.createQuery("from BuyerReplica b where b.id in :ids", BuyerReplica.class)
                    .setParameter("ids", buyers).getResultList().forEach(b -> names.put(b.id(), b.displayName()));
        }
        return names;
    }

    static ExporterProfile profile(ExporterReplica exporter) {
        List<ExporterProfile.Offer> offers = new ArrayList<>();
        for (ProductSummary product : exporter.products()) {
            offers.add(new ExporterProfile.Offer(product.name(), product.hsCode(),
                    product.priceMin() == null ? null : product.priceMin().amount(),
                    product.priceMin() == null ? null : product.priceMin().currency()));
        }
        if (offers.isEmpty()) { // an older event without products: its HS codes still count
            exporter.hsCodes().forEach(code -> offers.add(new ExporterProfile.Offer("", code, null, null)));
        }
        return new ExporterProfile(exporter.id(), exporter.displayName(), exporter.languages(), offers);
    }

    static BuyerProfile profile(BuyerReplica buyer, String interpreterLanguage) {
        List<BuyerProfile.Demand> demands = new ArrayList<>();
        for (InterestData interest : buyer.interests()) {
            BigDecimal budget = interest.budget() == null ? null : interest.budget().amount();
            demands.add(new BuyerProfile.Demand(interest.hsCode(), interest.description(), budget,
                    interest.budget() == null ? null : interest.budget().currency()));
        }
        return new BuyerProfile(buyer.id(), buyer.displayName(), buyer.languages(), interpreterLanguage, demands);
    }
}
