package org.trademission.exporter.company;

import java.util.Arrays;
import org.trademission.platform.problem.ProblemException;

public enum ExporterStatus {
    PENDING_VERIFICATION, VERIFIED, SUSPENDED;

    /** Reads a status filter; null or blank means any, an unknown name is a 400. */
    public static ExporterStatus parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of " + Arrays.toString(values()));
        }
    }
}
