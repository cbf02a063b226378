package org.trademission.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem detail, the one error body of the platform. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String errorId,
        List<Violation> violations) {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://trademission.org/problems/";
    static final int MAX_DETAIL_CHARS = 2000;

    public Problem {
        detail = Quoted.capped(detail, MAX_DETAIL_CHARS);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(TYPE_BASE + type.slug(), type.title(), type.status(), detail, null, null, null);
    }

    public static Problem invalid(String detail, List<Violation> violations) {
        ProblemType type = ProblemType.INVALID_INPUT;
        return new Problem(TYPE_BASE + type.slug(), type.title(), type.status(), detail, null, null,
                List.copyOf(violations));
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errorId, violations);
    }

    public Problem withErrorId(String id) {
        return new Problem(type, title, status, detail, instance, id, violations);
    }
}
