package org.trademission.exporter.company;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import org.trademission.platform.problem.ProblemException;

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
        if (text == null || text.isBlank()) {
            return new ExporterSort(Sort.by("displayName").and("createdAt").and("id"));
        }
        Sort sort = null;
        for (String part : text.split(",")) {
            String token = part.trim();
            boolean descending = token.startsWith("-");
            String name = descending || token.startsWith("+") ? token.substring(1) : token;
            String field = FIELDS.get(name);
            if (field == null) {
                throw ProblemException.invalid("sort", "'" + name + "' is not sortable; use " + FIELDS.keySet());
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            sort = sort == null ? Sort.by(field, direction) : sort.and(field, direction);
        }
        return new ExporterSort(sort.and("id"));
    }

    Sort sort() {
        return sort;
    }
}
