package org.trademission.mission.registration;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.trademission.platform.search.Folded;
import org.trademission.platform.web.SortRequest;

/**
 * {@code sort=buyerDisplayName,-createdAt} on a mission's buyer registrations; without it, the order they registered
 * in. A buyer not yet known by name (its event not yet here) comes last ascending; the buyer id breaks ties.
 */
final class RegistrationSort {
    private static final Map<String, Comparator<RegistrationView>> FIELDS = Map.of(
            "buyerDisplayName", Comparator.comparing(RegistrationView::buyerDisplayName,
                    Comparator.nullsLast(Folded.ORDER)),
            "status", Comparator.comparing(view -> view.status().name()),
            "createdAt", Comparator.comparing(RegistrationView::createdAt),
            "updatedAt", Comparator.comparing(RegistrationView::updatedAt));

    private RegistrationSort() {
    }

    /** The requested order, parsed before the list is read (a bad sort is a 400, never a 404). */
    static Optional<Comparator<RegistrationView>> order(String sort) {
        return SortRequest.comparator(sort, FIELDS, Comparator.comparing(RegistrationView::buyerId));
    }
}
