package org.trademission.mission.mission;

import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.Map;
import org.trademission.platform.web.SortRequest;

/**
 * {@code sort=-startDate,title}: fields in order, {@code -} for descending; by default the calendar (start date, then
 * title). The id is always the last key, so the order is stable across pages.
 */
public final class MissionSort {
    private static final Map<String, String> FIELDS = Map.of("title", "titleKey", "startDate", "startDate",
            "endDate", "endDate", "applicationDeadline", "applicationDeadline", "destinationCountry",
            "destinationCountry", "status", "status", "createdAt", "createdAt", "updatedAt", "updatedAt");
    private final Sort sort;

    private MissionSort(Sort sort) {
        this.sort = sort;
    }

    public static MissionSort parse(String text) {
        return new MissionSort(SortRequest.panache(text, FIELDS, List.of("startDate", "titleKey")));
    }

    Sort sort() {
        return sort;
    }
}
