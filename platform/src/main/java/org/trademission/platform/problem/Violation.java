package org.trademission.platform.problem;

/** One invalid field of a request: {@code field} is the JSON path (e.g. {@code contacts[0].email}). */
public record Violation(String field, String message) {
    static final int MAX_CHARS = 1000;

    public Violation {
        field = Quoted.capped(field, MAX_CHARS);
        message = Quoted.capped(message, MAX_CHARS);
    }
}
