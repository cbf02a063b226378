package org.trademission.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.problem.Violation;

/** {@code ?page=0&size=20}, checked: page at least 0, size 1 to 200. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

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
