package org.trademission.platform.search;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Chooses how a substring search ({@code q=}) reads its rows, from a table of {@code (gram, key)} rows that the owning
 * aggregate keeps next to its search text (see {@link Trigrams}).
 *
 * <p>Each trigram of the query has its rows read up to {@code limit}. A trigram with more rows than that is common and
 * says little; among the rarer ones the rarest narrows the search (the caller reads only its rows, still testing the
 * text), and when the rare ones share no row nothing can match. When every trigram is common, or the query is
 * shorter than a trigram, the caller scans as before: most rows then match and the first page comes early in the sort
 * order. This is the choice a planner with per-value statistics (PostgreSQL on a pg_trgm index) makes, made here so
 * that H2 makes it too; the caller names one trigram rather than a list of keys so that its query keeps one shape
 * and Hibernate translates it once.
 */
public final class TrigramIndex {
    /** At most this many trigrams of a query are looked up: a long query would otherwise cost one query per trigram. */
    static final int MAX_LOOKUPS = 8;

    private final String select;
    private final int limit;

    /**
     * @param table  the trigram table, with a {@code gram} column and {@code keyColumn}; its primary key must start
     *               with {@code gram}
     * @param limit  the most rows one trigram may have and still narrow a search
     */
    public TrigramIndex(String table, String keyColumn, int limit) {
        this.select = "select " + keyColumn + " from " + table + " where gram = ?";
        this.limit = limit;
    }

    public Narrowing narrow(EntityManager entityManager, String query) {
        // plain JDBC on the transaction's connection: Hibernate's native-query cache compares result mappings
        // slowly enough to cost more than the lookups themselves
        return entityManager.unwrap(Session.class).doReturningWork(connection -> narrow(connection, query));
    }

    Narrowing narrow(Connection connection, String query) throws SQLException {
        Set<String> grams = Trigrams.of(query.trim());
        if (grams.isEmpty()) {
            return Narrowing.NONE;
        }
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setMaxRows(limit + 1);
            return narrow(statement, grams);
        }
    }

    private Narrowing narrow(PreparedStatement statement, Set<String> grams) throws SQLException {
        Set<UUID> shared = null;
        String rarest = null;
        int fewest = Integer.MAX_VALUE;
        for (String gram : grams.stream().limit(MAX_LOOKUPS).toList()) {
            Set<UUID> keys = keys(statement, gram);
            if (keys.size() > limit) {
                continue;
            }
            if (keys.size() < fewest) {
                rarest = gram;
                fewest = keys.size();
            }
            if (shared == null) {
                shared = keys;
            } else {
                shared.retainAll(keys);
            }
            if (shared.isEmpty()) {
                return Narrowing.NO_MATCH;
            }
        }
        return rarest == null ? Narrowing.NONE : new Narrowing(rarest, false);
    }

    private static Set<UUID> keys(PreparedStatement statement, String gram) throws SQLException {
        statement.setString(1, gram);
        Set<UUID> keys = new HashSet<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                keys.add(rows.getObject(1, UUID.class));
            }
        }
        return keys;
    }

    /**
     * What the index says about a query: read only the rows holding {@code gram}; or no row can match
     * ({@code noMatch}); or neither ({@link #NONE}: scan).
     */
    public record Narrowing(String gram, boolean noMatch) {
        public static final Narrowing NONE = new Narrowing(null, false);
        public static final Narrowing NO_MATCH = new Narrowing(null, true);

        public boolean byGram() {
            return gram != null;
        }
    }
}
