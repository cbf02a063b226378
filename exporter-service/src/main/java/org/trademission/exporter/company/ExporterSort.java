package org.trademission.exporter.company;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import java.util.List;
import org.trademission.platform.web.SortRequest;

/**
 * {@code sort=displayName,-createdAt}: fields in order, {@code -} for descending. The id is always the last key, so
 * the order is stable across pages.
 */
public final class ExporterSort {
    private static final Map<String, String> FIELDS = Map.of("displayName", "displayName", "legalName", "legalName",
            "createdAt", "createdAt", "updatedAt", "updatedAt", "city", "city", "status", "status");
    private final Sort sort;

    private ExporterSort(Sort sort) {
        this.sort = sort;
    }

    public static ExporterSort parse(String text) {
        List<SortRequest.Key> keys = SortRequest.parse(text, FIELDS);
        if (keys.isEmpty()) {
            return new ExporterSort(Sort.by("displayName").and("createdAt").and("id"));
        }
        Sort sort = Sort.empty();
        for (SortRequest.Key key : keys) {
            sort = sort.and(key.property(), key.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending);
        }
        return new ExporterSort(sort.and("id"));
    }

    Sort sort() {
        return sort;
    }
}
