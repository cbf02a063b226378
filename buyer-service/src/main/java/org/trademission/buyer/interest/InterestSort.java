package org.trademission.buyer.interest;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.trademission.platform.web.SortRequest;

/**
 * {@code sort=neededBy,hsCode} on a buyer's sourcing interests (sorted in memory: they belong to the buyer); without
 * it, the order in which they were added. An interest without {@code neededBy} comes after those with one (before
 * them for {@code -neededBy}); the id breaks ties.
 */
final class InterestSort {
    private static final Map<String, Comparator<InterestView>> FIELDS = Map.of(
            "hsCode", Comparator.comparing(InterestView::hsCode),
            "neededBy", Comparator.comparing(InterestView::neededBy,
                    Comparator.nullsLast(Comparator.naturalOrder())),
            "createdAt", Comparator.comparing(InterestView::createdAt),
            "updatedAt", Comparator.comparing(InterestView::updatedAt));

    private InterestSort() {
    }

    /** The requested order, parsed before the list is read (a bad sort is a 400, never a 404). */
    static Optional<Comparator<InterestView>> order(String sort) {
        return SortRequest.comparator(sort, FIELDS, Comparator.comparing(InterestView::id));
    }
}
