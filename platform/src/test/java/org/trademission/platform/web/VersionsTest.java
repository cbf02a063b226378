package org.trademission.platform.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.trademission.platform.problem.ProblemException;

class VersionsTest {
    @Test
    void acceptsMissingWildcardQuotedWeakAndListedVersions() {
        assertDoesNotThrow(() -> Versions.requireMatch(null, 3));
        assertDoesNotThrow(() -> Versions.requireMatch("*", 3));
        assertDoesNotThrow(() -> Versions.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Versions.requireMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> Versions.requireMatch("3", 3));
        assertDoesNotThrow(() -> Versions.requireMatch("\"2\", \"3\"", 3));
    }

    @Test
    void rejectsAnotherVersionWith412() {
        ProblemException e = assertThrows(ProblemException.class, () -> Versions.requireMatch("\"2\"", 3));
        assertEquals(412, e.problem().status());
    }

    @Test
    void rejectsGarbageWith412() {
        assertEquals(412, assertThrows(ProblemException.class, () -> Versions.requireMatch("abc", 3)).problem()
                .status());
    }
}
