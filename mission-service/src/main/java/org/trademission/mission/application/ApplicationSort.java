package org.trademission.mission.application;

import java.util.Comparator;
import java.util.Map;
import org.trademission.platform.web.SortRequest;

/**
 * {@code sort=status,-createdAt} on a mission's applications; without it, the waitlist in its order for
 * {@code status=WAITLISTED} and otherwise the order they were submitted. Unset values (not decided, not waitlisted)
 * come last ascending, first descending; the id breaks ties.
 */
final class ApplicationSort {
    private static final Map<String, Comparator<ApplicationView>> FIELDS = Map.of(
            "status", Comparator.comparing(view -> view.status().name()),
            "createdAt", Comparator.comparing(ApplicationView::createdAt),
            "updatedAt", Comparator.comparing(ApplicationView::updatedAt),
            "decidedAt", Comparator.comparing(ApplicationView::decidedAt,
                    Comparator.nullsLast(Comparator.naturalOrder())),
            "waitlistPosition", Comparator.comparing(ApplicationView::waitlistPosition,
                    Comparator.nullsLast(Comparator.naturalOrder())));
    private static final Comparator<ApplicationView> BY_ID = Comparator.comparing(ApplicationView::id);

    private ApplicationSort() {
    }

    static Comparator<ApplicationView> order(String sort, ApplicationStatus status) {
        return SortRequest.comparator(sort, FIELDS, BY_ID).orElse(status == ApplicationStatus.WAITLISTED
                ? FIELDS.get("waitlistPosition").thenComparing(BY_ID)
                : FIELDS.get("createdAt").thenComparing(BY_ID));
    }
}
