package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.trademission.platform.search.FoldedColumns;

/** Fills the sort keys and folds the search texts (and their trigrams) of the exporters stored before them. */
public class V2026_12_03_2201__folded_keys_fill extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        FoldedColumns.of("exporter").key("display_name_key", "display_name", 200)
                .key("legal_name_key", "legal_name", 300).key("city_key", "city", 100)
                .searchText("exporter_search_gram", "exporter_id").fill(context.getConnection());
    }
}
