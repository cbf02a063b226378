package org.trademission.mission.session;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.trademission.platform.search.Folded;
import org.trademission.platform.web.SortRequest;

/**
 * {@code sort=-date,start} on a mission's sessions; without it, by date and start time. The session id breaks ties.
 * A session without a name comes last ascending.
 */
final class SessionSort {
    static final String DESCRIPTION = "sort: e.g. date,start or name (fields: date, start, end, name, format, "
            + "slotMinutes, createdAt); by date and start time without it.";
    private static final Map<String, Comparator<SessionView>> FIELDS = Map.of(
            "date", Comparator.comparing(SessionView::date),
            "start", Comparator.comparing(SessionView::start),
            "end", Comparator.comparing(SessionView::end),
            "name", Comparator.comparing(SessionView::name, Comparator.nullsLast(Folded.ORDER)),
            "format", Comparator.comparing(view -> view.format().name()),
            "slotMinutes", Comparator.comparingInt(SessionView::slotMinutes),
            "createdAt", Comparator.comparing(SessionView::createdAt));

    private SessionSort() {
    }

    /** The requested order, parsed before the mission is looked up (a bad sort is a 400, never a 404). */
    static Optional<Comparator<SessionView>> order(String sort) {
        return SortRequest.comparator(sort, FIELDS, Comparator.comparing(SessionView::id));
    }
}
