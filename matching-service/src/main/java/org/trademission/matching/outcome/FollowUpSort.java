package org.trademission.matching.outcome;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.trademission.platform.web.SortRequest;

/**
 * {@code sort=date} on a meeting's follow-ups; without it, latest first. {@code stage} orders along the pipeline
 * (CONTACT_MADE before CONTRACT_SIGNED, LOST last), not by name; the id breaks ties.
 */
final class FollowUpSort {
    static final String DESCRIPTION = "sort: e.g. date or -stage (fields: date, recordedAt, stage); latest first "
            + "without it.";
    private static final Map<String, Comparator<FollowUpView>> FIELDS = Map.of(
            "date", Comparator.comparing(FollowUpView::date),
            "recordedAt", Comparator.comparing(FollowUpView::recordedAt),
            "stage", Comparator.comparing(FollowUpView::stage));

    private FollowUpSort() {
    }

    /** The requested order, parsed before the meeting is looked up (a bad sort is a 400, never a 404). */
    static Optional<Comparator<FollowUpView>> order(String sort) {
        return SortRequest.comparator(sort, FIELDS, Comparator.comparing(FollowUpView::id));
    }
}
