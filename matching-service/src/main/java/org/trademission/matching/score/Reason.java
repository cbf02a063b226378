package org.trademission.matching.score;

/** Why two participants should meet, in words a person can read: {@code kind} is one of {@link Kind}. */
public record Reason(Kind kind, String detail) {

    /** The kinds of reason. */
    public enum Kind {
        HS_MATCH, LANGUAGE, HS_FOCUS, BUDGET, REQUEST
    }
}
