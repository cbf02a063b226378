package org.trademission.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrigramIndexTest {
    private final TrigramIndex index = new TrigramIndex("item_gram", "item_id", 3);
    private Connection connection;

    @BeforeEach
    void createTable() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:trigrams-" + UUID.randomUUID());
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table item_gram (gram varchar(12), item_id uuid, primary key (gram, item_id))");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private void index(String text) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("insert into item_gram values (?, ?)")) {
            for (String gram : Trigrams.of(text)) {
                insert.setString(1, gram);
                insert.setObject(2, id);
                insert.executeUpdate();
            }
        }
    }

    @Test
    void narrowsByTheRarestTrigramOfTheQuery() throws SQLException {
        index("laser engraver");
        index("laser cutter");
        index("fibre laser");
        index("3d printer");
        assertEquals(new TrigramIndex.Narrowing("cut", false), index.narrow(connection, "Cutter"));
        assertEquals("cut", index.narrow(connection, "laser cut").gram());
    }

    @Test
    void saysNothingMatchesWhenATrigramIsNowhereOrTheRareOnesShareNoRow() throws SQLException {
        index("laser engraver");
        index("3d printer");
        assertEquals(TrigramIndex.Narrowing.NO_MATCH, index.narrow(connection, "plasma"));
        assertEquals(TrigramIndex.Narrowing.NO_MATCH, index.narrow(connection, "engraver printer"));
    }

    @Test
    void cannotNarrowAShortQueryOrOneWhoseTrigramsAreAllCommon() throws SQLException {
        for (int i = 0; i < 4; i++) {
            index("laser " + i);
        }
        assertEquals(TrigramIndex.Narrowing.NONE, index.narrow(connection, "la"));
        assertEquals(TrigramIndex.Narrowing.NONE, index.narrow(connection, "laser"));
        assertEquals(TrigramIndex.Narrowing.NONE, index.narrow(connection, "laser 2"));
        index("laser 420");
        assertEquals("420", index.narrow(connection, "laser 420").gram());
    }

    @Test
    void looksUpAtMostEightTrigramsOfALongQuery() throws SQLException {
        for (int i = 0; i < 4; i++) {
            index("abcdefghijk " + i);
        }
        index("abcdefghijk xyz");
        // the first eight trigrams are common (4+ rows > limit 3); "xyz" comes later and is not looked up
        assertEquals(TrigramIndex.Narrowing.NONE, index.narrow(connection, "abcdefghijk xyz"));
        assertEquals("xyz", index.narrow(connection, "xyz").gram());
    }
}
