package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.trademission.platform.search.TrigramFill;

/** Indexes the exporters registered before the trigram table existed; from then on the aggregate keeps it. */
public class V2026_11_29_1701__exporter_search_gram_fill extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        TrigramFill.fill(context.getConnection(), "exporter", "exporter_search_gram", "exporter_id");
    }
}
