package org.trademission.matching.schedule.solver;

import com.google.ortools.sat.CpSolverStatus;
import java.util.stream.IntStream;

/**
 * Builds the best schedule it can prove: the flow bound and the Kempe colouring first (exact when nothing but the
 * room binds), then CP-SAT warm-started from them — first the most valuable placement, then, among placements worth
 * as much, the fewest breaks with no participant above the fairness limit ({@link BreakLadder}). When that limit
 * cannot be kept, the schedule with the fewest breaks without it is returned and says so.
 */
public final class MeetingScheduler {
    private MeetingScheduler() {
    }

    private static final int LARGE = 2000;

    public static SolvedSchedule solve(SchedulingProblem problem, SchedulingLimits limits) {
        long started = System.nanoTime();
        FlowBound flow = FlowBound.of(problem);
        double seconds = limits.timeLimit().toMillis() / 1000.0;
        // Large problems: CP-SAT finds no fewer breaks than the annealing in the time (docs/scheduling.md), so the
        // annealing gets the whole budget and CP-SAT is left out of the breaks.
        boolean large = problem.candidates().size() > LARGE;
        int[] warm = BreakRepair.improve(problem, KempeColouring.schedule(problem, flow.selected()),
                started + (long) (seconds * (large ? 0.3 : 0.1) * 1e9));
        if (!problem.required()) { // required problems anneal once CP-SAT has placed every meeting
            warm = anneal(problem, warm, BreakAnnealing.movesFor(seconds) * (large ? 6 : 1), started, seconds);
        }
        if (problem.required()) {
            return required(problem, limits, warm, seconds, started);
        }
        int upper = flow.bound();
        int[] best = warm;
        boolean placementOptimal = placed(warm) == reachable(problem) || (uniform(problem) && placed(warm) == upper);
        String method = "colouring + annealing";
        if (!placementOptimal) {
            CpSatModel placement = new CpSatModel(problem);
            placement.maximiseWeight();
            placement.hint(warm);
            CpSatModel.Result result = placement.solve(limits, seconds * 0.4);
            if (result.found() && weight(problem, result.slotOf()) > weight(problem, warm)) {
                best = anneal(problem, result.slotOf(), BreakAnnealing.movesFor(seconds), started, seconds);
                method = "cp-sat";
            }
            placementOptimal = result.status() == CpSolverStatus.OPTIMAL;
            if (placementOptimal && uniform(problem)) {
                upper = Math.min(upper, placed(best));
            }
        }
        long weight = weight(problem, best);
        BreakLadder.Outcome fewest = large ? new BreakLadder.Outcome(null, 0, false)
                : BreakLadder.climb(problem, best, weight, limits, started, seconds);
        if (fewest.result() != null
                && Breaks.total(Breaks.perParticipant(problem, fewest.result().slotOf()))
                        <= Breaks.total(Breaks.perParticipant(problem, best))) {
            best = fewest.result().slotOf();
            method = "cp-sat";
        }
        int[] perParticipant = Breaks.perParticipant(problem, best);
        boolean fair = problem.maxBreaks() < 0 || IntStream.of(perParticipant).allMatch(b -> b <= problem.maxBreaks());
        int breaks = Breaks.total(perParticipant);
        boolean optimal = placementOptimal && fair && breaks <= fewest.lowerBound();
        return new SolvedSchedule(best, optimal ? SolvedSchedule.Verdict.OPTIMAL : SolvedSchedule.Verdict.FEASIBLE,
                placed(best), Math.max(upper, placed(best)), breaks, Math.min(breaks, fewest.lowerBound()),
                placementOptimal, fair, millis(started), method);
    }

    private static int[] anneal(SchedulingProblem problem, int[] start, long moves, long started, double seconds) {
        return BreakAnnealing.improve(problem, start, moves, BreakAnnealing.deadline(moves, started, seconds));
    }

    private static SolvedSchedule required(SchedulingProblem problem, SchedulingLimits limits, int[] warm,
            double seconds, long started) {
        BreakLadder.Outcome fewest = BreakLadder.climb(problem, warm, 0, limits, started, seconds);
        int all = problem.candidates().size();
        if (fewest.result() == null) {
            int[] none = new int[all];
            java.util.Arrays.fill(none, -1);
            SolvedSchedule.Verdict verdict = fewest.infeasible() ? SolvedSchedule.Verdict.INFEASIBLE
                    : SolvedSchedule.Verdict.UNKNOWN;
            return new SolvedSchedule(none, verdict, 0, fewest.infeasible() ? 0 : all, 0, fewest.lowerBound(),
                    fewest.infeasible(), false, millis(started), "cp-sat");
        }
        int[] slotOf = fewest.result().slotOf();
        int breaks = Breaks.total(Breaks.perParticipant(problem, slotOf));
        SolvedSchedule.Verdict verdict = breaks <= fewest.lowerBound() ? SolvedSchedule.Verdict.OPTIMAL
                : SolvedSchedule.Verdict.FEASIBLE;
        return new SolvedSchedule(slotOf, verdict, all, all, breaks, Math.min(breaks, fewest.lowerBound()), true,
                true, millis(started), "cp-sat");
    }

    /** Candidates that have at least one slot their participants can both use. */
    static int reachable(SchedulingProblem problem) {
        return (int) IntStream.range(0, problem.candidates().size()).filter(m -> !problem.domain(m).isEmpty()).count();
    }

    private static boolean uniform(SchedulingProblem problem) {
        return problem.candidates().stream().mapToLong(SchedulingProblem.Candidate::weight).distinct().count() <= 1;
    }

    static int placed(int[] slotOf) {
        return (int) IntStream.of(slotOf).filter(t -> t >= 0).count();
    }

    static long weight(SchedulingProblem problem, int[] slotOf) {
        long weight = 0;
        for (int m = 0; m < slotOf.length; m++) {
            if (slotOf[m] >= 0) {
                weight += problem.candidate(m).weight();
            }
        }
        return weight;
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** For callers that want the colouring alone (the benchmark's middle column). */
    public static int[] colouring(SchedulingProblem problem) {
        return KempeColouring.schedule(problem, FlowBound.of(problem).selected());
    }
}
