package org.trademission.matching.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.trademission.matching.mission.MissionReplica;
import org.trademission.matching.mission.Participants;
import org.trademission.matching.outcome.FollowUp;
import org.trademission.matching.outcome.MeetingOutcome;
import org.trademission.matching.schedule.Meeting;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.money.Money;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.web.SortRequest;

/** Reads meetings, outcomes and follow-ups in bulk (one query each) and hands them to {@link ReportCalculator}. */
@ApplicationScoped
public class ReportService {
    private final EntityManager entityManager;
    private final Participants participants;

    public ReportService(EntityManager entityManager, Participants participants) {
        this.entityManager = entityManager;
        this.participants = participants;
    }

    @Transactional
    public MissionReport mission(UUID missionId) {
        MissionReplica replica = entityManager.find(MissionReplica.class, missionId);
        if (replica == null) {
            throw ProblemException.notFound("Mission", missionId);
        }
        List<MeetingFacts> facts = facts(List.of(missionId)).getOrDefault(missionId, List.of());
        Figures all = ReportCalculator.figures(facts);
        long requested = entityManager.createQuery("select count(r) from MeetingRequest r where r.missionId = :m",
                Long.class).setParameter("m", missionId).getSingleResult();
        Map<String, Integer> bySide = new TreeMap<>(Map.of("EXPORTER", 0, "BUYER", 0, "AGENCY", 0));
        facts.forEach(f -> f.outcomes().forEach(o -> bySide.merge(o.side(), 1, Integer::sum)));
        Map<UUID, Figures> exporters = ReportCalculator.by(facts, MeetingFacts::exporterId);
        Map<UUID, Figures> buyers = ReportCalculator.by(facts, MeetingFacts::buyerId);
        Map<UUID, String> names = participants.names(exporters.keySet(), buyers.keySet());
        List<MissionReport.Row> byExporter = new ArrayList<>();
        exporters.forEach((id, f) -> byExporter.add(MissionReport.Row.of(id, names.get(id), f)));
        List<MissionReport.Row> byBuyer = new ArrayList<>();
        buyers.forEach((id, f) -> byBuyer.add(MissionReport.Row.of(id, names.get(id), f)));
        java.util.Comparator<MissionReport.Row> order = java.util.Comparator.comparing(
                (MissionReport.Row r) -> r.name() == null ? "" : r.name()).thenComparing(MissionReport.Row::id);
        byExporter.sort(order);
        byBuyer.sort(order);
        return new MissionReport(missionId, replica.data().title(), all.meetingsScheduled(), all.meetingsHeld(),
                all.leads(), all.contractsSigned(), all.pipelineValue(), all.noShows(), all.noShowRate(),
                all.meetingsScheduled() - all.withOutcome(), bySide, new MissionReport.Funnel((int) requested,
                        all.meetingsScheduled(), all.meetingsHeld(), all.leads(), all.contractsSigned()),
                byExporter, byBuyer);
    }

    /**
     * Missions starting between from and to (inclusive; either open), in a destination country (optional); rows by
     * start date, or in {@code order}.
     */
    @Transactional
    public MissionsReport missions(LocalDate from, LocalDate to, String country,
            Optional<Comparator<MissionsReport.Row>> order) {
        List<MissionData> missions = entityManager.createQuery("from MissionReplica", MissionReplica.class)
                .getResultList().stream().map(MissionReplica::data)
                .filter(m -> m.startDate() != null && (from == null || !m.startDate().isBefore(from))
                        && (to == null || !m.startDate().isAfter(to)))
                .filter(m -> country == null || country.equalsIgnoreCase(m.destinationCountry()))
                .sorted(Comparator.comparing(MissionData::startDate).thenComparing(MissionData::id))
                .toList();
        Map<UUID, List<MeetingFacts>> facts = facts(missions.stream().map(MissionData::id).toList());
        List<MissionsReport.Row> rows = new ArrayList<>();
        List<MeetingFacts> every = new ArrayList<>();
        for (MissionData mission : missions) {
            List<MeetingFacts> own = facts.getOrDefault(mission.id(), List.of());
            every.addAll(own);
            Figures f = ReportCalculator.figures(own);
            rows.add(new MissionsReport.Row(mission.id(), mission.title(), mission.destinationCountry(),
                    mission.startDate(), mission.status(), f.meetingsScheduled(), f.meetingsHeld(), f.leads(),
                    f.contractsSigned(), f.noShows(), f.pipelineValue()));
        }
        Figures total = ReportCalculator.figures(every);
        return new MissionsReport(from, to, country, SortRequest.sorted(rows, order), new MissionsReport.Totals(
                missions.size(), total.meetingsScheduled(), total.meetingsHeld(), total.leads(),
                total.contractsSigned(), total.noShows(), total.noShowRate(), total.pipelineValue()));
    }

    private Map<UUID, List<MeetingFacts>> facts(Collection<UUID> missionIds) {
        if (missionIds.isEmpty()) {
            return Map.of();
        }
        List<Meeting> meetings = entityManager.createQuery("from Meeting m where m.missionId in :missions "
                + "and m.status = :status order by m.start, m.id", Meeting.class)
                .setParameter("missions", missionIds).setParameter("status", Meeting.Status.SCHEDULED)
                .getResultList();
        Map<UUID, List<MeetingFacts.Outcome>> outcomes = new HashMap<>();
        entityManager.createQuery("from MeetingOutcome o where o.missionId in :missions", MeetingOutcome.class)
                .setParameter("missions", missionIds).getResultList()
                .forEach(o -> outcomes.computeIfAbsent(o.meetingId(), k -> new ArrayList<>()).add(
                        new MeetingFacts.Outcome(o.side().name(), o.attended(), o.nextStep().name(), o.value())));
        Map<UUID, List<FollowUp>> followUps = new HashMap<>();
        entityManager.createQuery("from FollowUp f where f.missionId in :missions", FollowUp.class)
                .setParameter("missions", missionIds).getResultList()
                .forEach(f -> followUps.computeIfAbsent(f.meetingId(), k -> new ArrayList<>()).add(f));
        Map<UUID, List<MeetingFacts>> byMission = new HashMap<>();
        for (Meeting meeting : meetings) {
            List<MeetingFacts.FollowUp> steps = followUps.getOrDefault(meeting.id(), List.of()).stream()
                    .sorted(FollowUp.LATEST_FIRST)
                    .map(f -> new MeetingFacts.FollowUp(f.stage().name(), f.value())).toList();
            byMission.computeIfAbsent(meeting.missionId(), k -> new ArrayList<>()).add(new MeetingFacts(meeting.id(),
                    meeting.exporterId(), meeting.buyerId(), outcomes.getOrDefault(meeting.id(), List.of()), steps));
        }
        return byMission;
    }

    static String money(List<Money> amounts) {
        return String.join("; ", amounts.stream().map(m -> m.amount().toPlainString() + " " + m.currency())
                .toList());
    }
}
