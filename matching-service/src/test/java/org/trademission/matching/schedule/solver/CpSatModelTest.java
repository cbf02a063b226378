package org.trademission.matching.schedule.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.ortools.sat.CpSolverStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CpSatModelTest {
    private static final SchedulingLimits QUICK = SchedulingLimits.service(Duration.ofSeconds(2));
    /** The service's one deterministic worker, and the benchmark's several. */
    private static final List<SchedulingLimits> BOTH_MODES = List.of(QUICK,
            SchedulingLimits.portfolio(Duration.ofSeconds(2)));

    @Test
    void runsWithAtMostKExceptionsKeepEveryScheduleOfAtMostKBreaksAndNoneBelowTheOptimum() {
        int withBreaks = 0;
        for (long seed = 1; seed <= 40; seed++) {
            SchedulingProblem problem = seeded(seed);
            int optimum = ExhaustiveSearch.fewestBreaks(problem);
            if (optimum == ExhaustiveSearch.INFEASIBLE) {
                continue;
            }
            CpSatModel.Result atOptimum = rung(problem, optimum);
            assertTrue(atOptimum.found(), "seed " + seed);
            assertEquals(List.of(), ScheduleCheck.violations(problem, atOptimum.slotOf()), "seed " + seed);
            int[] breaks = Breaks.perParticipant(problem, atOptimum.slotOf());
            assertEquals(optimum, Breaks.total(breaks), "seed " + seed);
            if (optimum > 0) {
                withBreaks++;
                assertEquals(CpSolverStatus.INFEASIBLE, rung(problem, optimum - 1).status(), "seed " + seed);
            }
        }
        assertTrue(withBreaks > 0, "the seeds include instances with forced breaks");
    }

    @Test
    void exceptsTheParticipantWhoseCounterpartsAreFreeOnlyAtEitherEnd() {
        // A meets B and C; B is free only in the first slot, C only in the last: A cannot meet in one run.
        SchedulingProblem problem = Problems.counterpartsFreeOnlyAtEitherEnd();
        CpSatModel everyoneInOneRun = new CpSatModel(problem);
        everyoneInOneRun.contiguousExceptAtMost(0);
        assertEquals(CpSolverStatus.INFEASIBLE, everyoneInOneRun.solve(QUICK, 2).status());

        CpSatModel oneException = new CpSatModel(problem);
        oneException.contiguousExceptAtMost(1);
        CpSatModel.Result result = oneException.solve(QUICK, 2);
        assertTrue(result.found());
        assertEquals(1, Breaks.perParticipant(problem, result.slotOf())[0]);
    }

    @Test
    void answersNobodyHasABreakAsAFeasibilityQuestionExactlyAsTheExhaustiveSearchDoes() {
        int possible = 0;
        int impossible = 0;
        for (SchedulingLimits limits : BOTH_MODES) {
            for (long seed = 1; seed <= 30; seed++) {
                SchedulingProblem problem = seeded(seed);
                int optimum = ExhaustiveSearch.fewestBreaks(problem);
                CpSatModel nobodyHasABreak = new CpSatModel(problem);
                nobodyHasABreak.contiguousExceptAtMost(0);
                nobodyHasABreak.capTotalBreaks(0);
                CpSatModel.Result result = nobodyHasABreak.solveFeasibility(limits, 2);
                if (optimum == 0) {
                    possible++;
                    assertTrue(result.found(), "seed " + seed);
                    assertEquals(List.of(), ScheduleCheck.violations(problem, result.slotOf()), "seed " + seed);
                    assertEquals(0, Breaks.total(Breaks.perParticipant(problem, result.slotOf())), "seed " + seed);
                } else {
                    impossible++;
                    assertEquals(CpSolverStatus.INFEASIBLE, result.status(), "seed " + seed);
                }
            }
        }
        assertTrue(possible > 0 && impossible > 0, "the seeds include both answers");
    }

    @Test
    void provesTheFewestBreaksWithTheCoreSearchExactlyAsTheExhaustiveSearchDoes() {
        int withBreaks = 0;
        for (SchedulingLimits limits : BOTH_MODES) {
            for (long seed = 1; seed <= 30; seed++) {
                SchedulingProblem problem = seeded(seed);
                int optimum = ExhaustiveSearch.fewestBreaks(problem);
                CpSatModel fewestBreaks = new CpSatModel(problem);
                fewestBreaks.capBreaks(problem.maxBreaks());
                fewestBreaks.minimiseBreaks();
                CpSatModel.Result result = fewestBreaks.solveWithCores(limits, 2);
                if (optimum == ExhaustiveSearch.INFEASIBLE) {
                    assertEquals(CpSolverStatus.INFEASIBLE, result.status(), "seed " + seed);
                    continue;
                }
                withBreaks += optimum > 0 ? 1 : 0;
                assertEquals(CpSolverStatus.OPTIMAL, result.status(), "seed " + seed);
                assertEquals(List.of(), ScheduleCheck.violations(problem, result.slotOf()), "seed " + seed);
                // the objective (later block starts) counts exactly the breaks, and the bound is the optimum
                assertEquals(optimum, result.objective(), "seed " + seed);
                assertEquals(optimum, result.bound(), "seed " + seed);
                assertEquals(optimum, Breaks.total(Breaks.perParticipant(problem, result.slotOf())), "seed " + seed);
            }
        }
        assertTrue(withBreaks > 0, "the seeds include instances with forced breaks");
    }

    @Test
    void keepsEveryScheduleOfAFullRoomUnderTheImpliedBusyLimit() {
        // 8 meetings for 4 slots x 2 tables: every place taken, and 6 participants for the 4 that can be busy at once
        int possible = 0;
        for (long seed = 1; seed <= 30; seed++) {
            SchedulingProblem problem = Problems.required(seed, 6, 8, 4, 2, 0.1, 2);
            int optimum = ExhaustiveSearch.fewestBreaks(problem);
            for (boolean busyLimit : new boolean[] {true, false}) {
                CpSatModel nobodyHasABreak = new CpSatModel(problem, busyLimit);
                nobodyHasABreak.contiguousExceptAtMost(0);
                nobodyHasABreak.capTotalBreaks(0);
                CpSatModel.Result result = nobodyHasABreak.solveFeasibility(QUICK, 2);
                if (optimum == 0) {
                    assertTrue(result.found(), "seed " + seed + ", busy limit " + busyLimit);
                    assertEquals(List.of(), ScheduleCheck.violations(problem, result.slotOf()), "seed " + seed);
                } else {
                    assertEquals(CpSolverStatus.INFEASIBLE, result.status(), "seed " + seed + ", busy limit "
                            + busyLimit);
                }
            }
            if (optimum == 0) {
                possible++;
            }
        }
        assertTrue(possible > 0, "the seeds include full rooms where nobody needs a break");
    }

    /** A small one-day instance of the benchmark's form that the exhaustive search solves in milliseconds. */
    private static SchedulingProblem seeded(long seed) {
        return Problems.required(seed, 5, 6, 5, 2, 0.2, 2);
    }

    /** "Total breaks at most k", with everyone but at most k participants in one run: the scheduler's ladder rung. */
    private static CpSatModel.Result rung(SchedulingProblem problem, int total) {
        CpSatModel model = new CpSatModel(problem);
        model.capBreaks(problem.maxBreaks());
        model.capTotalBreaks(total);
        model.contiguousExceptAtMost(total);
        model.minimiseBreaks();
        return model.solve(QUICK, 2);
    }
}
