package org.trademission.matching.recommendation;

import java.util.Comparator;
import java.util.Map;
import org.trademission.platform.search.Folded;
import org.trademission.platform.web.SortRequest;

/**
 * {@code sort=displayName} on recommendations; without it, best score first, then by name. The counterpart's id
 * breaks ties.
 */
final class RecommendationSort {
    static final String DESCRIPTION = " sort: e.g. displayName or -score (fields: score, displayName); best score "
            + "first without it.";
    private static final Comparator<Rank> NAME = Comparator.comparing(Rank::displayName,
            Comparator.nullsLast(Folded.ORDER));
    private static final Comparator<Rank> ID = Comparator.comparing(Rank::id);
    private static final Comparator<Rank> BEST_FIRST = Comparator.comparingDouble(Rank::score).reversed()
            .thenComparing(NAME).thenComparing(ID);
    private static final Map<String, Comparator<Rank>> FIELDS = Map.of(
            "score", Comparator.comparingDouble(Rank::score),
            "displayName", NAME);

    private RecommendationSort() {
    }

    static Comparator<Rank> order(String sort) {
        return SortRequest.comparator(sort, FIELDS, ID).orElse(BEST_FIRST);
    }
}
