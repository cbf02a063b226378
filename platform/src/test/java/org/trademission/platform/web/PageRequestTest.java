package org.trademission.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.trademission.platform.problem.ProblemException;

class PageRequestTest {
    @Test
    void defaultsToFirstPageOfTwenty() {
        assertEquals(new PageRequest(0, 20), PageRequest.of(null, null));
        assertEquals(40, PageRequest.of(2, 20).offset());
    }

    @Test
    void rejectsNegativePageAndOversizedPageWithBothViolations() {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(-1, 201));
        assertEquals(400, e.problem().status());
        assertEquals(2, e.problem().violations().size());
    }

    @Test
    void acceptsSizeOf200() {
        assertEquals(200, PageRequest.of(0, 200).size());
    }

    @Test
    void rejectsNonNumericParametersWith400() {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.parse("abc", "1x"));
        assertEquals(400, e.problem().status());
        assertEquals(2, e.problem().violations().size());
        assertEquals(new PageRequest(1, 5), PageRequest.parse("1", " 5 "));
    }
}
