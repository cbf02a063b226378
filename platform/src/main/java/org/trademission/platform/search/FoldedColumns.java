package org.trademission.platform.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * For the migration that brings stored texts to {@link Folded}'s form: fills each sort-key column from its text column
 * and folds the search text, re-indexing its trigrams where it changed. Plain JDBC, so that a Flyway Java migration
 * runs it on H2 and PostgreSQL alike.
 */
public final class FoldedColumns {
    private static final int BATCH = 500;

    private final String table;
    private final List<Key> keys = new ArrayList<>();
    private String searchTextGrams;
    private String gramKeyColumn;
    private boolean searchText;

    /** One sort-key column, filled from {@code source}, at most {@code length} chars. */
    private record Key(String column, String source, int length) {
    }

    private FoldedColumns(String table) {
        this.table = table;
    }

    /** The rows of {@code table}, whose primary key is {@code id}. */
    public static FoldedColumns of(String table) {
        return new FoldedColumns(table);
    }

    public FoldedColumns key(String column, String source, int length) {
        keys.add(new Key(column, source, length));
        return this;
    }

    /** Folds {@code search_text}; when {@code gramTable} is not null, its trigram rows follow the folded text. */
    public FoldedColumns searchText(String gramTable, String keyColumn) {
        this.searchText = true;
        this.searchTextGrams = gramTable;
        this.gramKeyColumn = keyColumn;
        return this;
    }

    public void fill(Connection connection) throws SQLException {
        List<String> read = new ArrayList<>(keys.stream().map(Key::source).toList());
        List<String> written = new ArrayList<>(keys.stream().map(Key::column).toList());
        if (searchText) {
            read.add("search_text");
            written.add("search_text");
        }
        String assignments = String.join(" = ?, ", written) + " = ?";
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, " + String.join(", ", read) + " from " + table);
                PreparedStatement update = connection.prepareStatement(
                        "update " + table + " set " + assignments + " where id = ?");
                Grams grams = searchTextGrams == null ? null : new Grams(connection)) {
            int pending = 0;
            while (rows.next()) {
                Object id = rows.getObject(1);
                for (int i = 0; i < keys.size(); i++) {
                    update.setString(i + 1, Folded.key(rows.getString(i + 2), keys.get(i).length()));
                }
                if (searchText) {
                    String stored = rows.getString(keys.size() + 2);
                    String folded = Folded.of(stored);
                    update.setString(keys.size() + 1, folded);
                    if (grams != null && !Objects.equals(stored, folded)) {
                        grams.replace(id, folded);
                    }
                }
                update.setObject(written.size() + 1, id);
                update.addBatch();
                if (++pending % BATCH == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
            if (grams != null) {
                grams.flush();
            }
        }
    }

    /** The trigram rows of the texts that folding changed. */
    private final class Grams implements AutoCloseable {
        private final PreparedStatement delete;
        private final PreparedStatement insert;

        Grams(Connection connection) throws SQLException {
            delete = connection.prepareStatement("delete from " + searchTextGrams + " where " + gramKeyColumn + " = ?");
            insert = connection.prepareStatement(
                    "insert into " + searchTextGrams + " (gram, " + gramKeyColumn + ") values (?, ?)");
        }

        void replace(Object id, String text) throws SQLException {
            delete.setObject(1, id);
            delete.addBatch();
            for (String gram : Trigrams.of(text)) {
                insert.setString(1, gram);
                insert.setObject(2, id);
                insert.addBatch();
            }
        }

        void flush() throws SQLException {
            delete.executeBatch();
            insert.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            delete.close();
            insert.close();
        }
    }
}
