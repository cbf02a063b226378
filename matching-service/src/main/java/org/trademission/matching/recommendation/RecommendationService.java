package org.trademission.matching.recommendation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.trademission.matching.mission.Participants;
import org.trademission.matching.request.MeetingRequestRepository;
import org.trademission.matching.score.BuyerProfile;
import org.trademission.matching.score.ExporterProfile;
import org.trademission.matching.score.Match;
import org.trademission.matching.score.MatchScore;
import org.trademission.matching.score.Reason;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.hs.HsChapter;
import org.trademission.platform.hs.HsNomenclature;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;

/** Ranks a mission's participants for one another, from the replicas, on every call (replica changes show at once). */
@ApplicationScoped
public class RecommendationService {
    private static final Function<String, String> CHAPTER_TITLE = code -> HsNomenclature.chapter(code)
            .map(HsChapter::title).orElse(null);

    private final Participants participants;
    private final MeetingRequestRepository requests;

    public RecommendationService(Participants participants, MeetingRequestRepository requests) {
        this.participants = participants;
        this.requests = requests;
    }

    /** The mission's accepted exporters ranked for one of its registered buyers. */
    @Transactional
    public PageResult<Recommendation> forBuyer(UUID missionId, UUID buyerId, PageRequest page,
            Comparator<Rank> order) {
        MissionData mission = participants.mission(missionId);
        BuyerProfile buyer = participants.buyers(mission).stream().filter(b -> b.id().equals(buyerId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Registered buyer of the mission", buyerId));
        Map<UUID, String> requested = requests.openStatusesOf(missionId, buyerId);
        List<Ranked<ExporterProfile>> ranked = new ArrayList<>();
        for (ExporterProfile exporter : participants.exporters(mission)) {
            ranked.add(new Ranked<>(exporter, new Rank(exporter.id(), exporter.displayName(),
                    MatchScore.value(exporter, buyer, mission.hsFocus()))));
        }
        return page(ranked, page, order, exporter -> {
            Match match = MatchScore.score(exporter, buyer, mission.hsFocus(), CHAPTER_TITLE);
            return new Recommendation(exporter.id(), exporter.displayName(), match.score(),
                    withRequest(match.reasons(), requested.get(exporter.id())));
        });
    }

    /** The mission's registered buyers ranked for one of its accepted exporters. */
    @Transactional
    public PageResult<Recommendation> forExporter(UUID missionId, UUID exporterId, PageRequest page,
            Comparator<Rank> order) {
        MissionData mission = participants.mission(missionId);
        ExporterProfile exporter = participants.exporters(mission).stream().filter(e -> e.id().equals(exporterId))
                .findFirst().orElseThrow(() -> ProblemException.notFound("Accepted exporter of the mission",
                        exporterId));
        Map<UUID, String> requested = requests.openStatusesOf(missionId, exporterId);
        List<Ranked<BuyerProfile>> ranked = new ArrayList<>();
        for (BuyerProfile buyer : participants.buyers(mission)) {
            ranked.add(new Ranked<>(buyer, new Rank(buyer.id(), buyer.displayName(),
                    MatchScore.value(exporter, buyer, mission.hsFocus()))));
        }
        return page(ranked, page, order, buyer -> {
            Match match = MatchScore.score(exporter, buyer, mission.hsFocus(), CHAPTER_TITLE);
            return new Recommendation(buyer.id(), buyer.displayName(), match.score(),
                    withRequest(match.reasons(), requested.get(buyer.id())));
        });
    }

    /** Every pair at or above {@code minScore}, best first, and who has no such pair. */
    @Transactional
    public MatchesView matches(UUID missionId, double minScore) {
        MissionData mission = participants.mission(missionId);
        List<ExporterProfile> exporters = participants.exporters(mission);
        List<BuyerProfile> buyers = participants.buyers(mission);
        List<MatchesView.Pair> pairs = new ArrayList<>();
        Set<UUID> matched = new HashSet<>();
        for (ExporterProfile exporter : exporters) {
            for (BuyerProfile buyer : buyers) {
                double score = MatchScore.value(exporter, buyer, mission.hsFocus());
                if (score >= minScore) {
                    pairs.add(new MatchesView.Pair(exporter.id(), exporter.displayName(), buyer.id(),
                            buyer.displayName(), score));
                    matched.add(exporter.id());
                    matched.add(buyer.id());
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(MatchesView.Pair::score).reversed()
                .thenComparing(MatchesView.Pair::exporterId).thenComparing(MatchesView.Pair::buyerId));
        return new MatchesView(missionId, minScore, exporters.size(), buyers.size(), pairs,
                buyers.stream().filter(b -> !matched.contains(b.id()))
                        .map(b -> new MatchesView.Participant(b.id(), b.displayName())).toList(),
                exporters.stream().filter(e -> !matched.contains(e.id()))
                        .map(e -> new MatchesView.Participant(e.id(), e.displayName())).toList());
    }

    private static List<Reason> withRequest(List<Reason> reasons, String requestStatus) {
        if (requestStatus == null) {
            return reasons;
        }
        List<Reason> all = new ArrayList<>(reasons);
        all.add(new Reason(Reason.Kind.REQUEST, "a meeting request between them is " + requestStatus));
        return all;
    }

    /** Ranks by score alone (or the requested order), then spells out the reasons for the requested page only. */
    private static <T> PageResult<Recommendation> page(List<Ranked<T>> ranked, PageRequest page,
            Comparator<Rank> order, Function<T, Recommendation> explain) {
        ranked.sort(Comparator.comparing(Ranked::rank, order));
        return new PageResult<>(ranked.stream().skip(page.offset()).limit(page.size())
                .map(r -> explain.apply(r.profile())).toList(), page.page(), page.size(), ranked.size());
    }

    private record Ranked<T>(T profile, Rank rank) {
    }
}
