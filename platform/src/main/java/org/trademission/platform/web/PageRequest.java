package org.trademission.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.problem.Violation;

/** {@code ?page=0&size=20}, checked: page at least 0, size 1 to 200. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** From the raw query parameters, so that {@code page=abc} is a 400 with a violation, not a 404. */
    public static PageRequest parse(String page, String size) {
        List<Violation> violations = new ArrayList<>();
        Integer p = number(page, "page", violations);
        Integer s = number(size, "size", violations);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return of(p, s);
    }

    private static Integer number(String text, String field, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "must be a whole number"));
            return null;
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        List<Violation> violations = new ArrayList<>();
        if (p < 0) {
            violations.add(new Violation("page", "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            violations.add(new Violation("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
