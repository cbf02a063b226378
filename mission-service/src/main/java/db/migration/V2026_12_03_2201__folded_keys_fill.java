package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.trademission.platform.search.FoldedColumns;

/** Fills the title keys and folds the search texts of the missions and briefs stored before them. */
public class V2026_12_03_2201__folded_keys_fill extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        FoldedColumns.of("mission").key("title_key", "title", 200).searchText(null, null)
                .fill(context.getConnection());
        FoldedColumns.of("market_brief").key("title_key", "title", 200).fill(context.getConnection());
    }
}
