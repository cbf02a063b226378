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
    private static final Map<String, String> FIELDS = Map.of("displayName", "displayNameKey", "legalName",
            "legalNameKey", "createdAt", "createdAt", "updatedAt", "updatedAt", "city", "cityKey", "status", "status");
    private final Sort sort;

    private ExporterSort(Sort sort) {
        this.sort = sort;
    }

    public static ExporterSort parse(String text) {
        return new ExporterSort(SortRequest.panache(text, FIELDS, List.of("displayNameKey", "createdAt")));
    }

    Sort sort() {
        return sort;
    }
}
