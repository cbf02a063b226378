package org.trademission.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedTest {

    @Test
    void quotesAShortValueWhole() {
        assertEquals("'displayName'", Quoted.of("displayName"));
        assertEquals("'" + "a".repeat(60) + "'", Quoted.of("a".repeat(60)));
    }

    @Test
    void echoesOnlyTheStartOfALongValueAndSaysHowLongItWas() {
        assertEquals("'" + "b".repeat(60) + "…' (12000000 characters)", Quoted.of("b".repeat(12_000_000)));
    }

    @Test
    void neverCutsASurrogatePairInHalf() {
        assertEquals("'" + "c".repeat(59) + "…' (71 characters)", Quoted.of("c".repeat(59) + "😀" + "d".repeat(10)));
        assertEquals("e".repeat(8) + "…", Quoted.capped("e".repeat(8) + "😀" + "f", 10));
    }

    @Test
    void quotesNullAsTheWordNull() {
        assertEquals("null", Quoted.of(null));
    }

    @Test
    void capsEveryProblemDetailAndViolationWhateverBuiltIt() {
        Problem problem = Problem.invalid("x".repeat(5_000), List.of(new Violation("f".repeat(3_000),
                "m".repeat(3_000))));
        assertEquals(Problem.MAX_DETAIL_CHARS, problem.detail().length());
        assertTrue(problem.detail().endsWith("…"));
        assertEquals(Violation.MAX_CHARS, problem.violations().get(0).field().length());
        assertEquals(Violation.MAX_CHARS, problem.violations().get(0).message().length());
    }

    @Test
    void leavesOrdinaryMessagesUntouched() {
        assertEquals("The mission is full", Problem.of(ProblemType.CONFLICT, "The mission is full").detail());
        assertEquals("must have 10 or 12 digits", new Violation("inn", "must have 10 or 12 digits").message());
    }
}
