package org.trademission.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.trademission.platform.problem.ProblemException;

class HistorySortTest {

    @Test
    void listsNewestFirstWithoutASort() {
        assertEquals("a.version desc", HistorySort.parse(null).orderBy());
        assertEquals("a.version desc", HistorySort.parse(" ").orderBy());
    }

    @Test
    void ordersByTheRequestedFieldsThenTheVersion() {
        assertEquals("a.actor asc nulls last, a.occurredAt desc nulls first, a.version desc",
                HistorySort.parse("actor,-at").orderBy());
        assertEquals("a.action asc nulls last, a.version asc nulls last",
                HistorySort.parse("action,version").orderBy());
    }

    @Test
    void rejectsAFieldTheTrailDoesNotHave() {
        assertThrows(ProblemException.class, () -> HistorySort.parse("changes"));
        assertThrows(ProblemException.class, () -> HistorySort.parse("occurredAt"));
        assertThrows(ProblemException.class, () -> HistorySort.parse("at,at"));
    }
}
