package org.trademission.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FoldedColumnsTest {
    private Connection connection;

    @BeforeEach
    void createTables() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:folded-" + UUID.randomUUID());
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table item (id uuid primary key, name varchar(20) not null, city varchar(20),"
                    + " name_key varchar(20), city_key varchar(20), search_text varchar(200) not null)");
            statement.execute("create table item_gram (gram varchar(12), item_id uuid, primary key (gram, item_id))");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    /** As the services stored an item before its texts were folded: search text and trigrams lower case only. */
    private UUID insertAsBefore(String name, String city) throws SQLException {
        UUID id = UUID.randomUUID();
        String searchText = (name + "\n" + (city == null ? "" : city)).toLowerCase(java.util.Locale.ROOT);
        try (PreparedStatement insert = connection.prepareStatement("insert into item values (?, ?, ?, null, null, ?)");
                PreparedStatement gram = connection.prepareStatement("insert into item_gram values (?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, name);
            insert.setString(3, city);
            insert.setString(4, searchText);
            insert.executeUpdate();
            for (String lowerCaseGram : lowerCaseGrams(searchText)) {
                gram.setString(1, lowerCaseGram);
                gram.setObject(2, id);
                gram.executeUpdate();
            }
        }
        return id;
    }

    private static Set<String> lowerCaseGrams(String text) {
        Set<String> grams = new TreeSet<>();
        for (String word : text.split("\\s+")) {
            for (int i = 0; i + 3 <= word.length(); i++) {
                grams.add(word.substring(i, i + 3));
            }
        }
        return grams;
    }

    private List<String> row(UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select name_key, city_key, search_text from item where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= 3; column++) {
                    values.add(rows.getString(column));
                }
                return values;
            }
        }
    }

    private Set<String> grams(UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select gram from item_gram where item_id = ?")) {
            select.setObject(1, id);
            Set<String> grams = new TreeSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    grams.add(rows.getString(1));
                }
            }
            return grams;
        }
    }

    @Test
    void fillsTheKeysAndFoldsTheSearchTextWithItsTrigrams() throws SQLException {
        UUID accented = insertAsBefore("Société Fès", "Fès");
        UUID plain = insertAsBefore("Atlas Trade", null);

        FoldedColumns.of("item").key("name_key", "name", 20).key("city_key", "city", 20)
                .searchText("item_gram", "item_id").fill(connection);

        assertEquals(List.of("societe fes", "fes", "societe fes\nfes"), row(accented));
        assertEquals(new TreeSet<>(Trigrams.of("societe fes\nfes")), grams(accented));
        assertEquals(Arrays.asList("atlas trade", null, "atlas trade\n"), row(plain));
        assertEquals(new TreeSet<>(Trigrams.of("atlas trade")), grams(plain));
    }

    @Test
    void leavesTheSearchTextAloneWhenNotAsked() throws SQLException {
        UUID id = insertAsBefore("Électro", "Salé");

        FoldedColumns.of("item").key("name_key", "name", 20).fill(connection);

        assertEquals(Arrays.asList("electro", null, "électro\nsalé"), row(id));
        assertEquals(lowerCaseGrams("électro\nsalé"), grams(id));
    }
}
