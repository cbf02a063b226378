package org.trademission.mission.registration;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.trademission.platform.web.SortRequest;

/**
 * {@code sort=buyerDisplayName,-createdAt} on a mission's buyer registrations; without it, the order they registered
 * in. A buyer not yet known by name (its event not yet here) comes last ascending; the buyer id breaks ties.
 */
final class RegistrationSort {
    private static final Map<String, Comparator<RegistrationView>> FIELDS = Map.of(
            "buyerDisplayName", Comparator.comparing(RegistrationView::buyerDisplayName,
                    Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)),
            "status", Comparator.comparing(view -> view.status().name()),
            "createdAt", Comparator.comparing(RegistrationView::createdAt),
            "updatedAt", Comparator.comparing(RegistrationView::updatedAt));

    private RegistrationSort() {
    }

    static List<RegistrationView> sorted(List<RegistrationView> registrations, String sort) {
        return SortRequest.sorted(registrations, sort, FIELDS, Comparator.comparing(RegistrationView::buyerId));
    }
}
