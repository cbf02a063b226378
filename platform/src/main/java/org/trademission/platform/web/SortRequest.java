package org.trademission.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.problem.Quoted;

/**
 * The contract's {@code sort}: a comma-separated list of field names, each optionally prefixed with {@code -} for
 * descending ({@code +} is accepted for ascending). Answers the entity properties in order; an empty, unknown or
 * repeated field is a 400 naming {@code sort}. Callers add the id as the last key so that lists are stable.
 */
public final class SortRequest {
    private SortRequest() {
    }

    /** One key of the order: the entity property and its direction. */
    public record Key(String property, boolean descending) {
    }

    /**
     * As a Panache sort: the requested keys (or {@code defaults} when none), then the id, so that pages are stable.
     */
    public static io.quarkus.panache.common.Sort panache(String text, Map<String, String> fields,
            List<String> defaults) {
        List<Key> keys = parse(text, fields);
        io.quarkus.panache.common.Sort sort = io.quarkus.panache.common.Sort.empty();
        if (keys.isEmpty()) {
            for (String property : defaults) {
                sort = sort.and(property);
            }
        }
        for (Key key : keys) {
            sort = sort.and(key.property(), key.descending() ? io.quarkus.panache.common.Sort.Direction.Descending
                    : io.quarkus.panache.common.Sort.Direction.Ascending);
        }
        return sort.and("id");
    }

    /**
     * For a list sorted in memory (an aggregate's own collection): the requested keys, each a comparator of
     * {@code fields} (reversed for {@code -}), then {@code tieBreak}; empty when no sort was asked for, so that the
     * list keeps its own order.
     */
    public static <T> Optional<Comparator<T>> comparator(String text, Map<String, Comparator<T>> fields,
            Comparator<T> tieBreak) {
        Map<String, String> names = new HashMap<>();
        fields.keySet().forEach(name -> names.put(name, name));
        Comparator<T> order = null;
        for (Key key : parse(text, names)) {
            Comparator<T> field = fields.get(key.property());
            field = key.descending() ? field.reversed() : field;
            order = order == null ? field : order.thenComparing(field);
        }
        return Optional.ofNullable(order).map(requested -> requested.thenComparing(tieBreak));
    }

    /** {@code items} in {@code order}, or as they are when there is none (a comparator parsed up front). */
    public static <T> List<T> sorted(List<T> items, Optional<Comparator<T>> order) {
        return order.map(requested -> items.stream().sorted(requested).toList()).orElse(items);
    }

    /**
     * As the list after a JPQL {@code order by}: the keys (their properties as paths, e.g. {@code b.displayName}),
     * or {@code whenNone} (may be empty), then {@code tieBreak} unless a key orders by it already. Empty values come
     * after the others ascending and before them descending, as the in-memory sorts place them, on every database.
     */
    public static String orderBy(List<Key> keys, String whenNone, String tieBreak) {
        if (keys.isEmpty()) {
            return whenNone.isEmpty() ? tieBreak : whenNone + ", " + tieBreak;
        }
        StringBuilder order = new StringBuilder();
        for (Key key : keys) {
            order.append(key.property()).append(key.descending() ? " desc nulls first" : " asc nulls last")
                    .append(", ");
        }
        String tieBreakPath = tieBreak.split(" ")[0];
        boolean needsTieBreak = keys.stream().noneMatch(key -> key.property().equals(tieBreakPath));
        return needsTieBreak ? order + tieBreak : order.substring(0, order.length() - 2);
    }

    /** @param fields the API's sortable field names mapped to entity properties */
    public static List<Key> parse(String text, Map<String, String> fields) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Key> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : text.split(",", -1)) {
            String token = part.trim();
            boolean descending = token.startsWith("-");
            String name = descending || token.startsWith("+") ? token.substring(1).trim() : token;
            if (name.isEmpty()) {
                throw ProblemException.invalid("sort", "must be field names separated by commas, e.g. "
                        + "displayName,-createdAt; sortable: " + new java.util.TreeSet<>(fields.keySet()));
            }
            String property = fields.get(name);
            if (property == null) {
                throw ProblemException.invalid("sort", Quoted.of(name) + " is not sortable; use "
                        + new java.util.TreeSet<>(fields.keySet()));
            }
            if (!seen.add(name)) {
                throw ProblemException.invalid("sort", Quoted.of(name) + " is named twice");
            }
            keys.add(new Key(property, descending));
        }
        return keys;
    }
}
