package org.trademission.platform.audit;

import java.util.List;
import java.util.Map;
import org.trademission.platform.web.SortRequest;

/**
 * {@code sort} on an audit trail: {@code version}, {@code at}, {@code action}, {@code actor}; newest first without
 * it. The version, unique within one aggregate's trail, breaks ties, so pages are stable.
 */
public record HistorySort(List<SortRequest.Key> keys) {
    public static final String DESCRIPTION = "sort: e.g. -at,action (fields: version, at, action, actor); newest first "
            + "without it.";
    private static final Map<String, String> FIELDS = Map.of("version", "a.version", "at", "a.occurredAt",
            "action", "a.action", "actor", "a.actor");

    public HistorySort {
        keys = List.copyOf(keys);
    }

    /** Parsed where the other query parameters are, so that a bad {@code sort} is a 400 before any lookup. */
    public static HistorySort parse(String text) {
        return new HistorySort(SortRequest.parse(text, FIELDS));
    }

    /** The order of a query whose audit entry is {@code a}. */
    String orderBy() {
        return SortRequest.orderBy(keys, "", "a.version desc");
    }
}
