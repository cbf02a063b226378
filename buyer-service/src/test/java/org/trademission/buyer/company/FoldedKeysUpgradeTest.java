package org.trademission.buyer.company;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.platform.search.Trigrams;
import org.trademission.platform.testing.StoredBeforeFolding;
import org.trademission.platform.testing.UpgradedDatabase;

/** Buyers stored by a build before the folded sort keys (V2026_12_03_22xx), after the upgrade that adds them. */
class FoldedKeysUpgradeTest {
    private static final String BEFORE_THE_KEYS = "2026.11.29.1701";

    @Test
    void fillsTheSortKeysAndFoldsTheSearchTextAndTrigramsOfBuyersStoredBeforeThem() throws SQLException {
        try (UpgradedDatabase database = UpgradedDatabase.at(BEFORE_THE_KEYS)) {
            UUID accented = insertAsBefore(database, "Société Marocaine d'Équipement SARL", "Équipements Salé", "Salé");
            UUID plain = insertAsBefore(database, "Atlas Trade SARL", "Atlas Trade", "Casablanca");

            database.upgrade();

            assertEquals("equipements sale", key(database, "display_name_key", accented));
            assertEquals("societe marocaine d'equipement sarl", key(database, "legal_name_key", accented));
            assertEquals("sale", key(database, "city_key", accented));
            String folded = "societe marocaine d'equipement sarl\nequipements sale\nsale";
            assertEquals(folded, key(database, "search_text", accented));
            assertEquals(new TreeSet<>(Trigrams.of(folded)), grams(database, accented));

            assertEquals("casablanca", key(database, "city_key", plain));
            assertEquals(new TreeSet<>(Trigrams.of("atlas trade sarl\natlas trade\ncasablanca")),
                    grams(database, plain));
        }
    }

    /** As build ce9866d stored a buyer (its search text from names, description and city). */
    private static UUID insertAsBefore(UpgradedDatabase database, String legalName, String displayName, String city)
            throws SQLException {
        UUID id = UUID.randomUUID();
        String searchText = StoredBeforeFolding.searchText(legalName, displayName, city);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        database.execute("insert into buyer (id, legal_name, display_name, country, city, languages, contacts,"
                + " programme_enrolled, search_text, version, created_at, updated_at)"
                + " values (?, ?, ?, 'MA', ?, 'fr', '[]', true, ?, 0, ?, ?)",
                id, legalName, displayName, city, searchText, now, now);
        for (String gram : StoredBeforeFolding.trigrams(searchText)) {
            database.execute("insert into buyer_search_gram (gram, buyer_id) values (?, ?)", gram, id);
        }
        return id;
    }

    private static String key(UpgradedDatabase database, String column, UUID id) throws SQLException {
        return database.text("select " + column + " from buyer where id = ?", id);
    }

    private static Set<String> grams(UpgradedDatabase database, UUID id) throws SQLException {
        return new TreeSet<>(database.texts("select gram from buyer_search_gram where buyer_id = ?", id));
    }
}
