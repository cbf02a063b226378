package org.trademission.platform.web;

import org.trademission.platform.problem.ProblemException;

/** Optimistic concurrency over HTTP: resources answer {@code ETag: "3"}; writes check {@code If-Match: "3"}. */
public final class Versions {
    private Versions() {
    }

    /** Passes when there is no {@code If-Match} or it names {@code current}; a 412 problem otherwise. */
    public static void requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            if (tag.equals(Long.toString(current))) {
                return;
            }
        }
        throw ProblemException.versionMismatch(
                "If-Match names " + ifMatch.trim() + " but the current version is " + current);
    }
}
