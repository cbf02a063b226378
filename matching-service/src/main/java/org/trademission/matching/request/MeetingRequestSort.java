package org.trademission.matching.request;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    static List<MeetingRequestView> sorted(List<MeetingRequestView> requests, String sort) {
        return SortRequest.sorted(requests, sort, FIELDS, Comparator.comparing(MeetingRequestView::id));
    }
}
