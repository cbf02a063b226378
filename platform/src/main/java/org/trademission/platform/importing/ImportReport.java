package org.trademission.platform.importing;

import java.util.List;

/** The answer to an import: counts, then one line per row in file order. */
public record ImportReport(int total, int created, int updated, int unchanged, int rejected, List<ImportRow> rows) {
    public static ImportReport of(List<ImportRow> rows) {
        return new ImportReport(rows.size(), count(rows, "created"), count(rows, "updated"), count(rows, "unchanged"),
                count(rows, "rejected"), rows);
    }

    private static int count(List<ImportRow> rows, String status) {
        return (int) rows.stream().filter(r -> r.status().equals(status)).count();
    }
}
