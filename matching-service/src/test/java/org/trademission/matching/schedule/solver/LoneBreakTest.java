package org.trademission.matching.schedule.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.ortools.sat.CpSolverStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoneBreakTest {
    private static final List<SchedulingLimits> BOTH_MODES = List.of(SchedulingLimits.service(Duration.ofSeconds(2)),
            SchedulingLimits.portfolio(Duration.ofSeconds(2)));

    @Test
    void findsTheOneBreakATriangleOfMeetingsForces() {
        // three participants who all meet each other, one table, three slots: whoever is not in the middle meeting
        // meets first and last
        SchedulingProblem triangle = problem(3, 3, new int[][] {{0, 1}, {0, 2}, {1, 2}});
        for (SchedulingLimits limits : BOTH_MODES) {
            CpSatModel.Result result = search(triangle, limits);
            assertEquals(CpSolverStatus.FEASIBLE, result.status());
            assertEquals(List.of(), ScheduleCheck.violations(triangle, result.slotOf()));
            assertEquals(1, Breaks.total(Breaks.perParticipant(triangle, result.slotOf())));
            assertEquals(1, result.objective());
        }
    }

    @Test
    void provesTwoBreaksWhenTwoSeparateTrianglesEachForceOne() {
        SchedulingProblem twoTriangles = problem(6, 6, new int[][] {{0, 1}, {0, 2}, {1, 2}, {3, 4}, {3, 5}, {4, 5}});
        for (SchedulingLimits limits : BOTH_MODES) {
            CpSatModel.Result result = search(twoTriangles, limits);
            assertEquals(CpSolverStatus.INFEASIBLE, result.status());
            assertEquals(2, result.bound());
        }
    }

    @Test
    void answersOneBreakInAllExactlyAsTheExhaustiveSearchDoes() {
        int possible = 0;
        int impossible = 0;
        for (SchedulingLimits limits : BOTH_MODES) {
            for (long seed = 1; seed <= 40; seed++) {
                SchedulingProblem problem = Problems.required(seed, 5, 6, 5, 2, 0.2, 2);
                int optimum = ExhaustiveSearch.fewestBreaks(problem);
                if (optimum == ExhaustiveSearch.INFEASIBLE || optimum == 0) {
                    continue; // LoneBreak is asked once "no break at all" is known to be impossible
                }
                CpSatModel.Result result = search(problem, limits);
                if (optimum == 1) {
                    possible++;
                    assertEquals(CpSolverStatus.FEASIBLE, result.status(), "seed " + seed);
                    assertEquals(List.of(), ScheduleCheck.violations(problem, result.slotOf()), "seed " + seed);
                    assertEquals(1, Breaks.total(Breaks.perParticipant(problem, result.slotOf())), "seed " + seed);
                } else {
                    impossible++;
                    assertEquals(CpSolverStatus.INFEASIBLE, result.status(), "seed " + seed);
                }
            }
        }
        assertTrue(possible > 0 && impossible > 0, "the seeds include both answers");
    }

    @Test
    void resumesAfterRunningOutOfTimeAndFindsTheOneBreak() {
        SchedulingProblem triangle = problem(3, 3, new int[][] {{0, 1}, {0, 2}, {1, 2}});
        for (SchedulingLimits limits : BOTH_MODES) {
            LoneBreak lone = new LoneBreak(triangle, limits);
            CpSatModel.Result outOfTime = lone.resume(Problems.unscheduled(triangle), System.nanoTime());
            assertEquals(CpSolverStatus.UNKNOWN, outOfTime.status());
            assertEquals(0, lone.questions());
            CpSatModel.Result resumed = lone.resume(Problems.unscheduled(triangle), inTwentySeconds());
            assertEquals(CpSolverStatus.FEASIBLE, resumed.status());
            assertEquals(1, Breaks.total(Breaks.perParticipant(triangle, resumed.slotOf())));
        }
    }

    @Test
    void asksNothingAgainOfParticipantsAlreadyProvenImpossible() {
        SchedulingProblem twoTriangles = problem(6, 6, new int[][] {{0, 1}, {0, 2}, {1, 2}, {3, 4}, {3, 5}, {4, 5}});
        for (SchedulingLimits limits : BOTH_MODES) {
            LoneBreak lone = new LoneBreak(twoTriangles, limits);
            assertEquals(CpSolverStatus.INFEASIBLE, lone.resume(Problems.unscheduled(twoTriangles), inTwentySeconds())
                    .status());
            int asked = lone.questions();
            assertEquals(6, asked, "one question per participant");
            CpSatModel.Result again = lone.resume(Problems.unscheduled(twoTriangles), inTwentySeconds());
            assertEquals(CpSolverStatus.INFEASIBLE, again.status());
            assertEquals(2, again.bound());
            assertEquals(asked, lone.questions());
        }
    }

    @Test
    void asksTheParticipantsWithBreaksInTheScheduleAtHandFirst() {
        SchedulingProblem triangle = problem(3, 3, new int[][] {{0, 1}, {0, 2}, {1, 2}});
        // (0,1) first, (1,2) second, (0,2) last: participant 0 meets in slots 0 and 2
        int[] schedule = {0, 2, 1};
        assertEquals(0, LoneBreak.candidates(triangle, schedule).get(0));
        // (0,2) in the middle: participant 1 waits
        assertEquals(1, LoneBreak.candidates(triangle, new int[] {0, 1, 2}).get(0));
    }

    private static CpSatModel.Result search(SchedulingProblem problem, SchedulingLimits limits) {
        return new LoneBreak(problem, limits).resume(Problems.unscheduled(problem), inTwentySeconds());
    }

    private static long inTwentySeconds() {
        return System.nanoTime() + 20_000_000_000L;
    }

    private static SchedulingProblem problem(int participants, int slots, int[][] meetings) {
        List<SchedulingProblem.Participant> people = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            people.add(Problems.free());
        }
        List<SchedulingProblem.Candidate> candidates = new ArrayList<>();
        for (int[] meeting : meetings) {
            candidates.add(SchedulingProblem.Candidate.of(meeting[0], meeting[1], 1));
        }
        return new SchedulingProblem(people, Problems.slots(slots, 1), candidates, List.of(), true, 2);
    }
}
