package org.trademission.matching.schedule.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreaksTest {
    @Test
    void countsEachGapOnceHoweverLongAndNotAcrossDays() {
        // Participant 0 meets in slots 1, 2, 6 and 8 of day 0 (two breaks) and slot 10, the first of day 1.
        List<SchedulingProblem.Slot> slots = new java.util.ArrayList<>();
        for (int t = 0; t < 12; t++) {
            slots.add(new SchedulingProblem.Slot(t < 10 ? 0 : 1, 5));
        }
        List<SchedulingProblem.Candidate> candidates = List.of(SchedulingProblem.Candidate.of(0, 1, 1),
                SchedulingProblem.Candidate.of(0, 2, 1), SchedulingProblem.Candidate.of(0, 3, 1),
                SchedulingProblem.Candidate.of(0, 4, 1), SchedulingProblem.Candidate.of(0, 5, 1));
        SchedulingProblem problem = new SchedulingProblem(List.of(Problems.free(), Problems.free(), Problems.free(),
                Problems.free(), Problems.free(), Problems.free()), slots, candidates, List.of(), false, -1);
        assertArrayEquals(new int[] {2, 0, 0, 0, 0, 0}, Breaks.perParticipant(problem, new int[] {1, 2, 6, 8, 10}));
    }
}
