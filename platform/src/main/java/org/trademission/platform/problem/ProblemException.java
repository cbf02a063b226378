package org.trademission.platform.problem;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;

/** A domain or request error that becomes a problem+json answer. Throw one of the factory results. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(ProblemType.NOT_FOUND, what + " " + id + " does not exist"));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(ProblemType.CONFLICT, detail));
    }

    public static ProblemException versionMismatch(String detail) {
        return new ProblemException(Problem.of(ProblemType.VERSION_MISMATCH, detail));
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Problem.of(ProblemType.UNPROCESSABLE, detail));
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(Problem.of(ProblemType.UNAVAILABLE, detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(ProblemType.FORBIDDEN, detail));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.invalid(field + ": " + message, List.of(new Violation(field, message))));
    }

    public static ProblemException invalid(Set<? extends ConstraintViolation<?>> violations) {
        return invalid(ViolationPaths.of(violations));
    }

    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(Problem.invalid("The request has " + violations.size() + " invalid field(s)",
                violations));
    }
}
