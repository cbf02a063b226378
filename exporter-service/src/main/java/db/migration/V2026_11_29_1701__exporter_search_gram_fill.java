package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.trademission.platform.search.Trigrams;

/** Indexes the exporters registered before the trigram table existed; from then on the aggregate keeps it. */
public class V2026_11_29_1701__exporter_search_gram_fill extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
                ResultSet rows = select.executeQuery("select id, search_text from exporter");
                PreparedStatement insert = context.getConnection()
                        .prepareStatement("insert into exporter_search_gram (gram, exporter_id) values (?, ?)")) {
            int pending = 0;
            while (rows.next()) {
                for (String gram : Trigrams.of(rows.getString(2))) {
                    insert.setString(1, gram);
                    insert.setObject(2, rows.getObject(1));
                    insert.addBatch();
                    if (++pending % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
