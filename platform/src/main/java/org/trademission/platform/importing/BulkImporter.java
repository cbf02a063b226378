package org.trademission.platform.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.trademission.platform.problem.Problem;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.problem.Violation;

/**
 * Upserts many records of a CRM import and reports on every row. Rows are validated first; valid rows are stored in
 * chunks, one transaction per chunk; a chunk that fails is replayed row by row (a chunk of one) so that one bad row
 * never blocks the others. Each service gives the key a row is upserted by and the upsert of a chunk, which may read
 * what its rows need in a few queries ({@link UniqueKeys}).
 */
@ApplicationScoped
public class BulkImporter {
    public static final int MAX_ROWS = 20_000;
    private static final Logger LOG = Logger.getLogger(BulkImporter.class);
    private static final int CHUNK = 100;

    private final Validator validator;

    public BulkImporter(Validator validator) {
        this.validator = validator;
    }

    /** The 400 for an import of more than {@code maxRows} rows (CSV files are cut off at it while being read). */
    public static ProblemException tooManyRows(int maxRows) {
        return ProblemException.invalid("body", "at most " + maxRows + " rows per import");
    }

    /** The key a row is upserted by, e.g. {@code crmId} or {@code inn}, to refuse a row that repeats an earlier one. */
    public record Key(String field, String value) {
    }

    /** What storing one row did. */
    public record Stored(UUID id, UpsertOutcome outcome) {
    }

    /**
     * {@code requests[i]} is row i + 1; a null entry is a row that could not even be read ({@code unreadable[i]}).
     * {@code key} answers null when a row has no key to be upserted by (a rejected row). {@code store} upserts a
     * chunk of rows in the caller's transaction and answers what it did to each, in order.
     */
    public <R> ImportReport importRows(List<R> requests, List<List<Violation>> unreadable, Function<R, Key> key,
            Function<List<R>, List<Stored>> store) {
        if (requests.size() > MAX_ROWS) {
            throw tooManyRows(MAX_ROWS);
        }
        ImportRow[] results = new ImportRow[requests.size()];
        List<Integer> valid = new ArrayList<>();
        Set<Key> keys = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            R request = requests.get(i);
            if (request == null) {
                results[i] = ImportRow.rejected(i + 1, unreadable.get(i));
                continue;
            }
            Set<ConstraintViolation<R>> violations = validator.validate(request);
            Key rowKey = violations.isEmpty() ? key.apply(request) : null;
            if (!violations.isEmpty()) {
                results[i] = ImportRow.rejected(i + 1, ProblemException.invalid(violations).problem().violations());
            } else if (rowKey == null) {
                results[i] = ImportRow.rejected(i + 1, List.of(new Violation("row",
                        "has no key to be imported by (crmId, or the company's tax id)")));
            } else if (!keys.add(rowKey)) {
                results[i] = ImportRow.rejected(i + 1, List.of(new Violation(rowKey.field(),
                        "repeats an earlier row of this import")));
            } else {
                valid.add(i);
            }
        }
        for (int from = 0; from < valid.size(); from += CHUNK) {
            storeChunk(requests, valid.subList(from, Math.min(from + CHUNK, valid.size())), results, store);
        }
        return ImportReport.of(Arrays.asList(results));
    }

    private <R> void storeChunk(List<R> requests, List<Integer> chunk, ImportRow[] results,
            Function<List<R>, List<Stored>> store) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                List<Stored> stored = store.apply(chunk.stream().map(requests::get).toList());
                for (int k = 0; k < chunk.size(); k++) {
                    results[chunk.get(k)] = row(chunk.get(k), stored.get(k));
                }
            });
        } catch (RuntimeException chunkFailure) {
            for (int i : chunk) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> results[i] = row(i,
                            store.apply(List.of(requests.get(i))).get(0)));
                } catch (RuntimeException e) {
                    results[i] = ImportRow.rejected(i + 1, violations(e));
                }
            }
        }
    }

    private static ImportRow row(int index, Stored stored) {
        return new ImportRow(index + 1, stored.outcome().name().toLowerCase(Locale.ROOT), stored.id(), List.of());
    }

    private static List<Violation> violations(RuntimeException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof ProblemException)) {
            cause = cause.getCause();
        }
        if (cause instanceof ProblemException problemException) {
            Problem problem = problemException.problem();
            return problem.violations() != null ? problem.violations()
                    : List.of(new Violation("row", problem.detail()));
        }
        LOG.warnf(e, "Import row could not be stored");
        return List.of(new Violation("row", "could not be stored: it conflicts with an existing record"));
    }
}
