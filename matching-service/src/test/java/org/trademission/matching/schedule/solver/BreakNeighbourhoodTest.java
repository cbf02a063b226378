package org.trademission.matching.schedule.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakNeighbourhoodTest {
    // 0 meets 1 (slot 0) and 2 (slot 2): a break; 3 meets 4 (slot 0) and 5 (slot 1); 1 meets 6 (slot 1).
    private final SchedulingProblem problem = new SchedulingProblem(
            List.of(Problems.free(), Problems.free(), Problems.free(), Problems.free(), Problems.free(),
                    Problems.free(), Problems.free()), Problems.slots(3, 3),
            List.of(SchedulingProblem.Candidate.of(0, 1, 1), SchedulingProblem.Candidate.of(0, 2, 1),
                    SchedulingProblem.Candidate.of(3, 4, 1), SchedulingProblem.Candidate.of(3, 5, 1),
                    SchedulingProblem.Candidate.of(1, 6, 1)),
            List.of(), true, 2);

    @Test
    void freesTheMeetingsAmongAParticipantWithBreaksAndItsCounterpartsAndFixesTheRest() {
        int[] slotOf = {0, 2, 0, 1, 1};
        SchedulingProblem around = BreakNeighbourhood.around(problem, slotOf, 0, 1);
        assertEquals(-1, around.candidate(0).fixed());
        assertEquals(-1, around.candidate(1).fixed());
        assertEquals(1, around.candidate(4).fixed(), "a counterpart's meeting with an outsider stays");
        assertEquals(0, around.candidate(2).fixed());
        assertEquals(1, around.candidate(3).fixed());
    }

    @Test
    void aNeighbourhoodSolvedByCpSatHasFewerBreaks() {
        int[] slotOf = {0, 2, 0, 1, 1};
        SchedulingProblem around = BreakNeighbourhood.around(problem, slotOf, 0, 1);
        SolvedSchedule solved = MeetingScheduler.solve(around, SchedulingLimits.service(Duration.ofSeconds(1)));
        assertEquals(0, solved.breaks());
        assertEquals(List.of(), ScheduleCheck.violations(problem, solved.slotOf()));
        assertEquals(0, solved.slotOf()[2]);
        assertEquals(1, solved.slotOf()[3]);
        assertEquals(1, solved.slotOf()[4]);
    }

    @Test
    void thereIsNoNeighbourhoodWhenNobodyHasABreak() {
        int[] unbroken = {0, 1, 0, 1, 1};
        assertEquals(0, Breaks.total(Breaks.perParticipant(problem, unbroken)));
        assertNull(BreakNeighbourhood.around(problem, unbroken, 0, 2));
    }
}
