package org.trademission.platform.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.trademission.platform.problem.JsonProblems;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.problem.Violation;

/**
 * The rows of an import in file order: {@code requests[i]} is row i + 1, or null when that row could not be read, with
 * the reasons in {@code unreadable[i]}.
 */
public record ImportRows<R>(List<R> requests, List<List<Violation>> unreadable) {

    /** A JSON array of request objects; an element that cannot be read is a rejected row, not a failed import. */
    public static <R> ImportRows<R> fromJson(JsonNode body, Class<R> type, ObjectMapper objectMapper) {
        if (body == null || !body.isArray()) {
            throw ProblemException.invalid("body", "must be a JSON array of records");
        }
        if (body.size() > BulkImporter.MAX_ROWS) {
            throw BulkImporter.tooManyRows(BulkImporter.MAX_ROWS);
        }
        List<R> rows = new ArrayList<>(body.size());
        List<List<Violation>> unreadable = new ArrayList<>(body.size());
        for (JsonNode element : body) {
            if (!element.isObject()) {
                rows.add(null);
                unreadable.add(List.of(new Violation("row", "must be a JSON object")));
                continue;
            }
            try {
                rows.add(objectMapper.treeToValue(element, type));
                unreadable.add(List.of());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                rows.add(null);
                unreadable.add(List.of(JsonProblems.violation(e, null)));
            }
        }
        return new ImportRows<>(rows, unreadable);
    }
}
