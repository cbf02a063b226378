package org.trademission.exporter.crm;

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
import org.jboss.logging.Logger;
import org.trademission.exporter.company.ExporterRequest;
import org.trademission.exporter.company.ExporterService;
import org.trademission.platform.problem.Problem;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.problem.Violation;

/**
 * Upserts many exporters (by crmId, else INN) and reports on every row. Rows are validated first; valid rows are
 * stored in chunks, one transaction per chunk; a chunk that fails is replayed row by row so that one bad row never
 * blocks the others.
 */
@ApplicationScoped
public class ExporterImporter {
    static final int MAX_ROWS = 20_000;
    private static final Logger LOG = Logger.getLogger(ExporterImporter.class);
    private static final int CHUNK = 100;

    private final ExporterService exporters;
    private final Validator validator;

    public ExporterImporter(ExporterService exporters, Validator validator) {
        this.exporters = exporters;
        this.validator = validator;
    }

    /** {@code requests[i]} is row i + 1; a null entry is a row that could not even be read ({@code unreadable[i]}). */
    public ImportReport importRows(List<ExporterRequest> requests, List<List<Violation>> unreadable) {
        if (requests.size() > MAX_ROWS) {
            throw ProblemException.invalid("body", "at most " + MAX_ROWS + " rows per import");
        }
        ImportRow[] results = new ImportRow[requests.size()];
        List<Integer> valid = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            ExporterRequest request = requests.get(i);
            if (request == null) {
                results[i] = ImportRow.rejected(i + 1, unreadable.get(i));
                continue;
            }
            Set<ConstraintViolation<ExporterRequest>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                results[i] = ImportRow.rejected(i + 1, ProblemException.invalid(violations).problem().violations());
            } else if (!keys.add(key(request))) {
                results[i] = ImportRow.rejected(i + 1, List.of(new Violation(request.crmId() != null ? "crmId" : "inn",
                        "repeats an earlier row of this import")));
            } else {
                valid.add(i);
            }
        }
        for (int from = 0; from < valid.size(); from += CHUNK) {
            storeChunk(requests, valid.subList(from, Math.min(from + CHUNK, valid.size())), results);
        }
        return ImportReport.of(Arrays.asList(results));
    }

    private void storeChunk(List<ExporterRequest> requests, List<Integer> chunk, ImportRow[] results) {
        try {
            QuarkusTransaction.requiringNew().run(() -> chunk.forEach(i -> results[i] = store(i, requests.get(i))));
        } catch (RuntimeException chunkFailure) {
            for (int i : chunk) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> results[i] = store(i, requests.get(i)));
                } catch (RuntimeException e) {
                    results[i] = ImportRow.rejected(i + 1, violations(e));
                }
            }
        }
    }

    private ImportRow store(int index, ExporterRequest request) {
        ExporterService.Upserted result = exporters.upsert(request);
        return new ImportRow(index + 1, result.outcome().name().toLowerCase(Locale.ROOT), result.exporter().id(),
                List.of());
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
        return List.of(new Violation("row", "could not be stored: it conflicts with an existing exporter"));
    }

    private static String key(ExporterRequest request) {
        return request.crmId() != null ? "crm:" + request.crmId() : "inn:" + request.inn();
    }
}
