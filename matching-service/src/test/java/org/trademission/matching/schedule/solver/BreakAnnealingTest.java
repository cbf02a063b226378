package org.trademission.matching.schedule.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BreakAnnealingTest {
    private static final long NO_DEADLINE = Long.MAX_VALUE;

    @Test
    void keepsEveryHardRuleAndEveryPlacedMeetingWhileLoweringBreaks() {
        int lowered = 0;
        for (long seed = 1; seed <= 10; seed++) {
            SchedulingProblem problem = Problems.random(seed, 6, 14, 50, 2, 6, 3, seed % 2 == 0 ? 0.15 : 0,
                    seed % 3 == 0 ? 5 : Integer.MAX_VALUE, 2);
            int[] start = GreedyScheduler.schedule(problem);
            int[] annealed = BreakAnnealing.improve(problem, start, 50_000, NO_DEADLINE);
            assertEquals(List.of(), ScheduleCheck.violations(withoutFairness(problem), annealed), "seed " + seed);
            for (int m = 0; m < start.length; m++) {
                assertEquals(start[m] >= 0, annealed[m] >= 0, "seed " + seed + ", meeting " + m);
            }
            int before = Breaks.total(Breaks.perParticipant(problem, start));
            int after = Breaks.total(Breaks.perParticipant(problem, annealed));
            assertTrue(after <= before, "seed " + seed + ": " + before + " -> " + after);
            assertTrue(unfair(problem, annealed) <= unfair(problem, start), "seed " + seed);
            lowered += after < before ? 1 : 0;
        }
        assertTrue(lowered >= 8, "lowered the breaks of " + lowered + " of 10");
    }

    @Test
    void reachesTheFewestBreaksOfExhaustiveSearchOnSmallInstances() {
        int compared = 0;
        int reached = 0;
        for (long seed = 1; seed <= 60; seed++) {
            SchedulingProblem problem = Problems.required(seed, 5, 7, 6, 2, 0.1, -1);
            int[] start = GreedyScheduler.schedule(problem);
            if (!ScheduleCheck.violations(problem, start).isEmpty()) {
                continue; // the greedy start left a meeting out: nothing to anneal from
            }
            compared++;
            int[] annealed = BreakAnnealing.improve(problem, start, 20_000, NO_DEADLINE);
            assertEquals(List.of(), ScheduleCheck.violations(problem, annealed), "seed " + seed);
            if (Breaks.total(Breaks.perParticipant(problem, annealed)) == ExhaustiveSearch.fewestBreaks(problem)) {
                reached++;
            }
        }
        assertTrue(compared >= 20, compared + " instances compared");
        assertTrue(reached >= compared * 9 / 10, "reached the optimum on " + reached + " of " + compared);
    }

    @Test
    void neverMovesAFixedMeetingNorBreaksAPrecedence() {
        SchedulingProblem free = Problems.random(11, 4, 8, 24, 1, 8, 3, 0, Integer.MAX_VALUE, -1);
        List<SchedulingProblem.Candidate> candidates = IntStream.range(0, free.candidates().size())
                .mapToObj(m -> m == 0 ? new SchedulingProblem.Candidate(free.candidate(m).a(), free.candidate(m).b(),
                        1, null, 5) : free.candidate(m)).toList();
        List<SchedulingProblem.Precedence> precedences = List.of(new SchedulingProblem.Precedence(1, 2),
                new SchedulingProblem.Precedence(3, 4), new SchedulingProblem.Precedence(4, 5));
        SchedulingProblem problem = new SchedulingProblem(free.participants(), free.slots(), candidates, precedences,
                false, -1);
        int[] start = GreedyScheduler.schedule(problem);
        assertEquals(5, start[0]);
        int[] annealed = BreakAnnealing.improve(problem, start, 50_000, NO_DEADLINE);
        assertEquals(5, annealed[0]);
        assertEquals(List.of(), ScheduleCheck.violations(problem, annealed));
        assertTrue(Breaks.total(Breaks.perParticipant(problem, annealed))
                < Breaks.total(Breaks.perParticipant(problem, start)));
    }

    @Test
    void annealsAStartThatAlreadyBreaksAPrecedenceWithoutMakingItWorse() {
        // The colouring that warm-starts the solver knows nothing of precedences: its schedule may break one.
        SchedulingProblem problem = new SchedulingProblem(
                List.of(Problems.free(), Problems.free(), Problems.free()), Problems.slots(5, 2),
                List.of(SchedulingProblem.Candidate.of(0, 1, 1), SchedulingProblem.Candidate.of(0, 2, 1)),
                List.of(new SchedulingProblem.Precedence(1, 0)), true, 2);
        int[] start = {0, 3};
        int[] annealed = BreakAnnealing.improve(problem, start, 20_000, NO_DEADLINE);
        assertTrue(annealed[0] >= 0 && annealed[1] >= 0);
        assertTrue(Breaks.total(Breaks.perParticipant(problem, annealed)) <= 1);
    }

    @Test
    void theSameInputGivesTheSameSchedule() {
        SchedulingProblem problem = Problems.random(5, 6, 14, 50, 2, 6, 3, 0.1, Integer.MAX_VALUE, 2);
        int[] start = GreedyScheduler.schedule(problem);
        assertArrayEquals(BreakAnnealing.improve(problem, start, 30_000, NO_DEADLINE),
                BreakAnnealing.improve(problem, start, 30_000, NO_DEADLINE));
    }

    private static long unfair(SchedulingProblem problem, int[] slotOf) {
        return IntStream.of(Breaks.perParticipant(problem, slotOf)).filter(b -> b > problem.maxBreaks()).count();
    }

    private static SchedulingProblem withoutFairness(SchedulingProblem problem) {
        return new SchedulingProblem(problem.participants(), problem.slots(), problem.candidates(),
                problem.precedences(), problem.required(), -1);
    }
}
