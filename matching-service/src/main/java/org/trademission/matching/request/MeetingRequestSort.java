package org.trademission.matching.request;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.trademission.platform.web.SortRequest;

/**
 * {@code sort=priority,-createdAt} on a mission's meeting requests (priority 1 is the most important); without it,
 * the order the service lists them in. The id breaks ties.
 */
final class MeetingRequestSort {
    private static final Map<String, Comparator<MeetingRequestView>> FIELDS = Map.of(
            "priority", Comparator.comparingInt(MeetingRequestView::priority),
            "status", Comparator.comparing(view -> view.status().name()),
            "createdAt", Comparator.comparing(MeetingRequestView::createdAt),
            "updatedAt", Comparator.comparing(MeetingRequestView::updatedAt));

    private MeetingRequestSort() {
    }

    /** The requested order, parsed before the list is read (a bad sort is a 400, never a 404). */
    static Optional<Comparator<MeetingRequestView>> order(String sort) {
        return SortRequest.comparator(sort, FIELDS, Comparator.comparing(MeetingRequestView::id));
    }
}
