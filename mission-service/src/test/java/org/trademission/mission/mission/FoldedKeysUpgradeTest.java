package org.trademission.mission.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.platform.testing.StoredBeforeFolding;
import org.trademission.platform.testing.UpgradedDatabase;

/** Missions and briefs stored by a build before the folded title keys (V2026_12_03_22xx), after the upgrade. */
class FoldedKeysUpgradeTest {
    private static final String BEFORE_THE_KEYS = "2026.11.29.1310";

    @Test
    void fillsTheTitleKeysAndFoldsTheSearchTextOfMissionsAndBriefsStoredBeforeThem() throws SQLException {
        try (UpgradedDatabase database = UpgradedDatabase.at(BEFORE_THE_KEYS)) {
            UUID mission = UUID.randomUUID();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            database.execute("insert into mission (id, title, destination_country, cities, format, start_date,"
                    + " end_date, timezone, application_deadline, hs_focus, exporter_capacity, status, search_text,"
                    + " version, created_at, updated_at) values (?, ?, 'MA', '[\"Fès\"]', 'HYBRID', ?, ?,"
                    + " 'Africa/Casablanca', ?, '[]', 7, 'DRAFT', ?, 0, ?, ?)",
                    mission, "Énergie & Industrie — Fès", LocalDate.of(2027, 3, 16), LocalDate.of(2027, 3, 19),
                    LocalDate.of(2027, 2, 1), StoredBeforeFolding.searchText("Énergie & Industrie — Fès", "Fès"),
                    now, now);
            UUID brief = UUID.randomUUID();
            database.execute("insert into market_brief (id, mission_id, title, sections, links, version,"
                    + " created_at, updated_at) values (?, ?, ?, '[]', '[]', 0, ?, ?)", brief, mission,
                    "Marché Marocain", now, now);

            database.upgrade();

            assertEquals("energie & industrie — fes",
                    database.text("select title_key from mission where id = ?", mission));
            assertEquals("energie & industrie — fes\nfes",
                    database.text("select search_text from mission where id = ?", mission));
            assertEquals("marche marocain", database.text("select title_key from market_brief where id = ?", brief));
        }
    }
}
