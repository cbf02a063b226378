package org.trademission.matching.schedule.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.ortools.sat.CpSolverStatus;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingSchedulerTest {
    private static final SchedulingLimits QUICK = SchedulingLimits.service(Duration.ofSeconds(1));

    @Test
    void keepsEveryHardRuleOnRandomInstances() {
        for (long seed = 1; seed <= 12; seed++) {
            SchedulingProblem problem = Problems.random(seed, 6, 12, 40, 2, 5, 3, seed % 2 == 0 ? 0.15 : 0, 
                    seed % 3 == 0 ? 4 : Integer.MAX_VALUE, 2);
            SolvedSchedule solved = MeetingScheduler.solve(problem, QUICK);
            List<String> violations = ScheduleCheck.violations(withoutFairness(problem), solved.slotOf());
            assertEquals(List.of(), violations, "seed " + seed);
            assertTrue(solved.upperBound() >= solved.placed(), "seed " + seed);
            assertEquals(Breaks.total(Breaks.perParticipant(problem, solved.slotOf())), solved.breaks());
            assertTrue(solved.breaksLowerBound() <= solved.breaks());
        }
    }

    @Test
    void theUpperBoundIsNeverBelowWhatAnyScheduleOfTheThreePlaces() {
        for (long seed = 20; seed <= 30; seed++) {
            SchedulingProblem problem = Problems.random(seed, 5, 10, 45, 1, 6, 2, 0.2, Integer.MAX_VALUE, 2);
            int bound = FlowBound.of(problem).bound();
            assertTrue(MeetingScheduler.placed(GreedyScheduler.schedule(problem)) <= bound);
            assertTrue(MeetingScheduler.placed(MeetingScheduler.colouring(problem)) <= bound);
            assertTrue(MeetingScheduler.solve(problem, QUICK).placed() <= bound);
        }
    }

    @Test
    void placesExactlyTheBoundWithoutBlockedSlots() {
        for (long seed = 40; seed <= 45; seed++) {
            SchedulingProblem problem = Problems.uniform(Problems.random(seed, 8, 20, 120, 1, 8, 10, 0,
                    Integer.MAX_VALUE, 2));
            int[] colouring = MeetingScheduler.colouring(problem);
            assertEquals(FlowBound.of(problem).bound(), MeetingScheduler.placed(colouring), "seed " + seed);
            assertEquals(List.of(), ScheduleCheck.violations(withoutFairness(problem), colouring));
        }
    }

    @Test
    void placesMoreValuableMeetingsFirstWhenNotAllFit() {
        // Two meetings of one participant and a single slot: the heavier one is placed.
        SchedulingProblem problem = new SchedulingProblem(List.of(Problems.free(), Problems.free(), Problems.free()),
                Problems.slots(1, 5), List.of(SchedulingProblem.Candidate.of(0, 1, 1),
                        SchedulingProblem.Candidate.of(0, 2, 100)), List.of(), false, 2);
        SolvedSchedule solved = MeetingScheduler.solve(problem, QUICK);
        assertArrayEquals(new int[] {-1, 0}, solved.slotOf());
        assertTrue(solved.optimal());
    }

    @Test
    void givesEveryParticipantAnUnbrokenDayWhenOneExists() {
        // A meets B, C, D; B also meets C; two tables: only one order of the day leaves nobody a gap.
        SchedulingProblem problem = new SchedulingProblem(
                List.of(Problems.free(), Problems.free(), Problems.free(), Problems.free()), Problems.slots(6, 2),
                List.of(SchedulingProblem.Candidate.of(0, 1, 1), SchedulingProblem.Candidate.of(0, 2, 1),
                        SchedulingProblem.Candidate.of(0, 3, 1), SchedulingProblem.Candidate.of(1, 2, 1)),
                List.of(), false, 2);
        SolvedSchedule solved = MeetingScheduler.solve(problem, QUICK);
        assertEquals(4, solved.placed());
        assertEquals(0, solved.breaks());
        assertTrue(solved.optimal());
    }

    @Test
    void respectsBlockedSlotsAndTheMaximumOfMeetings() {
        BitSet blocked = new BitSet();
        blocked.set(0, 3);
        SchedulingProblem problem = new SchedulingProblem(List.of(
                new SchedulingProblem.Participant(new BitSet(), 2, 0),
                new SchedulingProblem.Participant(blocked, Integer.MAX_VALUE, 1),
                SchedulingProblem.Participant.free(1), SchedulingProblem.Participant.free(1)),
                Problems.slots(4, 4), List.of(SchedulingProblem.Candidate.of(0, 1, 1),
                        SchedulingProblem.Candidate.of(0, 2, 1), SchedulingProblem.Candidate.of(0, 3, 1)),
                List.of(), false, 2);
        SolvedSchedule solved = MeetingScheduler.solve(problem, QUICK);
        assertEquals(2, solved.placed());
        assertEquals(2, solved.upperBound());
        assertTrue(solved.slotOf()[0] == -1 || solved.slotOf()[0] == 3);
    }

    @Test
    void theSameInputGivesTheSameSchedule() {
        SchedulingProblem problem = Problems.random(7, 6, 12, 40, 2, 5, 3, 0.1, Integer.MAX_VALUE, 2);
        assertArrayEquals(MeetingScheduler.solve(problem, QUICK).slotOf(),
                MeetingScheduler.solve(problem, QUICK).slotOf());
    }

    @Test
    void annealsThePlacementCpSatFoundEvenWhenItTookMostOfTheLimit() {
        // 200 requests, 1 s: the placement search takes most of the second; its schedule used to be returned as
        // CP-SAT left it (125 breaks) because the annealing's deadline had already passed
        SchedulingProblem problem = Problems.random(12, 20, 40, 200, 1, 16, 8, 0.1, Integer.MAX_VALUE, 2);
        SolvedSchedule solved = MeetingScheduler.solve(problem, QUICK);
        assertEquals(List.of(), ScheduleCheck.violations(problem, solved.slotOf()));
        assertTrue(solved.breaks() <= 60, "breaks " + solved.breaks());
    }

    @Test
    void provesTheWorkedExampleOfTheBenchmarkFormatOptimalAtZeroBreaks() {
        // The made-up instance of the data folder's README: 4 participants, 4 meetings, 2 tables, 4 slots (2 AM).
        BitSet morning = new BitSet();
        morning.set(0, 2);
        BitSet afternoon = new BitSet();
        afternoon.set(2, 4);
        BitSet twoBlocked = new BitSet();
        twoBlocked.set(0);
        SchedulingProblem problem = new SchedulingProblem(List.of(Problems.free(),
                new SchedulingProblem.Participant(twoBlocked, Integer.MAX_VALUE, -1), Problems.free(),
                Problems.free()), Problems.slots(4, 2),
                List.of(SchedulingProblem.Candidate.of(0, 1, 1),
                        new SchedulingProblem.Candidate(0, 2, 1, morning, -1),
                        new SchedulingProblem.Candidate(1, 3, 1, afternoon, -1),
                        SchedulingProblem.Candidate.of(2, 3, 1)),
                List.of(new SchedulingProblem.Precedence(0, 2)), true, 2);
        SolvedSchedule solved = MeetingScheduler.solve(problem, QUICK);
        assertEquals(SolvedSchedule.Verdict.OPTIMAL, solved.verdict());
        assertEquals(0, solved.breaks());
        assertEquals(List.of(), ScheduleCheck.violations(problem, solved.slotOf()));
    }

    @Test
    void provesAnInstanceInfeasibleWhenAParticipantHasMoreMeetingsThanFreeSlots() {
        BitSet blocked = new BitSet();
        blocked.set(1);
        SchedulingProblem problem = new SchedulingProblem(List.of(
                new SchedulingProblem.Participant(blocked, Integer.MAX_VALUE, -1), Problems.free(), Problems.free()),
                Problems.slots(2, 2), List.of(SchedulingProblem.Candidate.of(0, 1, 1),
                        SchedulingProblem.Candidate.of(0, 2, 1)), List.of(), true, 2);
        assertEquals(SolvedSchedule.Verdict.INFEASIBLE, MeetingScheduler.solve(problem, QUICK).verdict());
    }

    @Test
    void provesTheSameFewestBreaksAsExhaustiveSearchOnSmallRequiredInstances() {
        int infeasible = 0;
        int withBreaks = 0;
        for (long seed = 1; seed <= 40; seed++) {
            SchedulingProblem problem = Problems.required(seed, 5, 6, 5, 2, 0.2, (int) (seed % 3));
            int expected = ExhaustiveSearch.fewestBreaks(problem);
            SolvedSchedule solved = MeetingScheduler.solve(problem, QUICK);
            if (expected == ExhaustiveSearch.INFEASIBLE) {
                infeasible++;
                assertEquals(SolvedSchedule.Verdict.INFEASIBLE, solved.verdict(), "seed " + seed);
                continue;
            }
            withBreaks += expected > 0 ? 1 : 0;
            assertEquals(SolvedSchedule.Verdict.OPTIMAL, solved.verdict(), "seed " + seed);
            assertEquals(expected, solved.breaks(), "seed " + seed);
            assertEquals(expected, solved.breaksLowerBound(), "seed " + seed);
            assertEquals(List.of(), ScheduleCheck.violations(problem, solved.slotOf()), "seed " + seed);
        }
        // the seeds cover all three outcomes: no schedule, an unbroken day for all, and forced breaks
        assertTrue(infeasible > 0 && withBreaks > 0 && infeasible + withBreaks < 40, infeasible + "/" + withBreaks);
    }

    @Test
    void findsAScheduleAtTheFewestBreaksAndProvesNoneBelowWhenAskedAtTheBound() {
        int withBreaks = 0;
        for (SchedulingLimits limits : List.of(QUICK, SchedulingLimits.portfolio(Duration.ofSeconds(1)))) {
            for (long seed = 1; seed <= 40; seed++) {
                SchedulingProblem problem = Problems.required(seed, 5, 6, 5, 2, 0.2, 2);
                int optimum = ExhaustiveSearch.fewestBreaks(problem);
                if (optimum == ExhaustiveSearch.INFEASIBLE) {
                    continue;
                }
                int[] noHint = Problems.unscheduled(problem);
                CpSatModel.Result at = BreakQuestions.atBound(problem, noHint, Math.min(optimum, 2), optimum, limits,
                        5);
                assertTrue(at.found(), "seed " + seed);
                assertEquals(List.of(), ScheduleCheck.violations(problem, at.slotOf()), "seed " + seed);
                assertEquals(optimum, Breaks.total(Breaks.perParticipant(problem, at.slotOf())), "seed " + seed);
                assertEquals(optimum, at.objective(), "seed " + seed);
                if (optimum > 0) {
                    withBreaks++;
                    CpSatModel.Result below = BreakQuestions.atBound(problem, noHint, Math.min(optimum - 1, 2),
                            optimum - 1, limits, 5);
                    assertEquals(CpSolverStatus.INFEASIBLE, below.status(), "seed " + seed);
                }
            }
        }
        assertTrue(withBreaks > 0, "the seeds include forced breaks");
    }

    @Test
    void provesABreakUnavoidableWhenTwoCounterpartsAreFreeOnlyAtEitherEnd() {
        // A meets B and C; B is free only in the first slot, C only in the last: A waits in between, one break.
        SchedulingProblem problem = Problems.counterpartsFreeOnlyAtEitherEnd();
        SolvedSchedule solved = MeetingScheduler.solve(problem, QUICK);
        assertEquals(SolvedSchedule.Verdict.OPTIMAL, solved.verdict());
        assertArrayEquals(new int[] {0, 2}, solved.slotOf());
        assertEquals(1, solved.breaks());
        assertEquals(1, solved.breaksLowerBound());
    }

    @Test
    void theGreedyBaselineKeepsTheHardRulesToo() {
        SchedulingProblem problem = Problems.random(3, 6, 12, 40, 2, 5, 3, 0.15, 5, 2);
        assertEquals(List.of(), ScheduleCheck.violations(withoutFairness(problem), GreedyScheduler.schedule(problem)));
    }

    private static SchedulingProblem withoutFairness(SchedulingProblem problem) {
        return new SchedulingProblem(problem.participants(), problem.slots(), problem.candidates(),
                problem.precedences(), problem.required(), -1);
    }
}
