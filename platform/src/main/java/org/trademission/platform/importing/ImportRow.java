package org.trademission.platform.importing;

import java.util.List;
import java.util.UUID;
import org.trademission.platform.problem.Violation;

/** One line of an import report: {@code status} is created, updated, unchanged or rejected. */
public record ImportRow(int row, String status, UUID id, List<Violation> violations) {
    public static ImportRow rejected(int row, List<Violation> violations) {
        return new ImportRow(row, "rejected", null, List.copyOf(violations));
    }
}
