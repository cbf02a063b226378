package org.trademission.platform.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Fills a trigram table from the search texts already stored, for the migration that creates the table. */
public final class TrigramFill {
    private static final int BATCH = 1_000;

    private TrigramFill() {
    }

    /** Inserts {@code (gram, key)} into {@code gramTable} for every row of {@code table} ({@code id, search_text}). */
    public static void fill(Connection connection, String table, String gramTable, String keyColumn)
            throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, search_text from " + table);
                PreparedStatement insert = connection.prepareStatement(
                        "insert into " + gramTable + " (gram, " + keyColumn + ") values (?, ?)")) {
            int pending = 0;
            while (rows.next()) {
                for (String gram : Trigrams.of(rows.getString(2))) {
                    insert.setString(1, gram);
                    insert.setObject(2, rows.getObject(1));
                    insert.addBatch();
                    if (++pending % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
