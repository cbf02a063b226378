package org.trademission.platform.importing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The unique keys (a CRM id, a tax id…) of the records one chunk of an import may touch, read in one query instead of
 * a few per row, and kept current as the chunk stores its rows: each row is checked against the stored records and
 * the rows before it. Complete for the values a chunk's rows hold only if the query asked for all of them.
 */
public final class UniqueKeys {
    private final List<String> fields;
    private final Map<String, Map<String, UUID>> idsByValue = new HashMap<>();
    private final Map<UUID, String[]> valuesById = new HashMap<>();

    /** The names of the keys, in the order {@link #record} takes their values. */
    public UniqueKeys(String... fields) {
        this.fields = List.of(fields);
        for (String field : fields) {
            idsByValue.put(field, new HashMap<>());
        }
    }

    /**
     * Records the keys of every {@code entity} (a JPA entity with an {@code id} and a field per key) that holds one of
     * the given values, in one query; {@code values} in the constructor's order. Answers this.
     */
    public UniqueKeys load(EntityManager entityManager, String entity, List<? extends Collection<String>> values) {
        if (values.size() != fields.size()) {
            throw new IllegalArgumentException("expected values for " + fields + ", got " + values.size() + " sets");
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Collection<String>> parameters = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            if (!values.get(i).isEmpty()) {
                conditions.add("r." + fields.get(i) + " in :key" + i);
                parameters.put("key" + i, values.get(i));
            }
        }
        if (conditions.isEmpty()) {
            return this;
        }
        TypedQuery<Object[]> query = entityManager.createQuery("select r.id, " + fields.stream()
                .map(field -> "r." + field).collect(Collectors.joining(", ")) + " from " + entity + " r where "
                + String.join(" or ", conditions), Object[].class);
        parameters.forEach(query::setParameter);
        for (Object[] row : query.getResultList()) {
            record((UUID) row[0], Arrays.copyOfRange(row, 1, row.length, String[].class));
        }
        return this;
    }

    /** The record holding {@code value} as its {@code field}, if any. */
    public Optional<UUID> find(String field, String value) {
        return value == null ? Optional.empty() : Optional.ofNullable(index(field).get(value));
    }

    /** The keys {@code id} holds now, in the constructor's order (null: none), replacing those it held before. */
    public void record(UUID id, String... values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException("expected values for " + fields + ", got " + Arrays.toString(values));
        }
        String[] previous = valuesById.put(id, values.clone());
        for (int i = 0; i < values.length; i++) {
            Map<String, UUID> index = idsByValue.get(fields.get(i));
            if (previous != null && previous[i] != null) {
                index.remove(previous[i], id);
            }
            if (values[i] != null) {
                index.put(values[i], id);
            }
        }
    }

    private Map<String, UUID> index(String field) {
        Map<String, UUID> index = idsByValue.get(field);
        if (index == null) {
            throw new IllegalArgumentException("no key " + field + " among " + fields);
        }
        return index;
    }
}
