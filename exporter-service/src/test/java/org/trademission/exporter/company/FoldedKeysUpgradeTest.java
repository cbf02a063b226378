package org.trademission.exporter.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

/** Exporters stored by a build before the folded sort keys (V2026_12_03_22xx), after the upgrade that adds them. */
class FoldedKeysUpgradeTest {
    private static final String BEFORE_THE_KEYS = "2026.11.29.1701";

    @Test
    void fillsTheSortKeysAndFoldsTheSearchTextAndTrigramsOfExportersStoredBeforeThem() throws SQLException {
        try (UpgradedDatabase database = UpgradedDatabase.at(BEFORE_THE_KEYS)) {
            UUID accented = insertAsBefore(database, "ООО «Электрон-Фёдоров»", "Électro Fès", "Fès");
            UUID plain = insertAsBefore(database, "LLC Laser Graver", "Laser Graver", null);

            database.upgrade();

            assertEquals("electro fes", key(database, "display_name_key", accented));
            assertEquals("ооо «электрон-федоров»", key(database, "legal_name_key", accented));
            assertEquals("fes", key(database, "city_key", accented));
            String folded = "ооо «электрон-федоров»\nelectro fes\nfes";
            assertEquals(folded, key(database, "search_text", accented));
            assertEquals(new TreeSet<>(Trigrams.of(folded)), grams(database, accented));

            assertEquals("laser graver", key(database, "display_name_key", plain));
            assertNull(key(database, "city_key", plain));
            assertEquals(new TreeSet<>(Trigrams.of("llc laser graver\nlaser graver")), grams(database, plain));
        }
    }

    /** As build ce9866d stored an exporter (its search text from names, description and city; no products here). */
    private static UUID insertAsBefore(UpgradedDatabase database, String legalName, String displayName, String city)
            throws SQLException {
        UUID id = UUID.randomUUID();
        String searchText = StoredBeforeFolding.searchText(legalName, displayName, city);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        database.execute("insert into exporter (id, legal_name, display_name, inn, city, languages, certifications,"
                + " contacts, status, search_text, version, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, 'ru', '[]', '[]', 'ACTIVE', ?, 0, ?, ?)",
                id, legalName, displayName, innFor(id), city, searchText, now, now);
        for (String gram : StoredBeforeFolding.trigrams(searchText)) {
            database.execute("insert into exporter_search_gram (gram, exporter_id) values (?, ?)", gram, id);
        }
        return id;
    }

    private static String innFor(UUID id) {
        return String.valueOf(Math.abs(id.getLeastSignificantBits() % 10_000_000_000L) + 10_000_000_000L);
    }

    private static String key(UpgradedDatabase database, String column, UUID id) throws SQLException {
        return database.text("select " + column + " from exporter where id = ?", id);
    }

    private static Set<String> grams(UpgradedDatabase database, UUID id) throws SQLException {
        return new TreeSet<>(database.texts("select gram from exporter_search_gram where exporter_id = ?", id));
    }
}
