package org.trademission.matching.schedule.solver;

import com.google.ortools.sat.CpSolverStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "One break in all" for a required one-day problem where "no break at all" is impossible: everybody but one
 * participant meets in one unbroken run, and that one has a single break. Asked as one question ("at most one
 * participant off its run"), CP-SAT rarely settles it (forum-13crafc: undecided after 20 s); asked once per
 * participant, with that participant named, each question is small — most are proven impossible in ~0.2 s, and the
 * few possible ones are found in 0.4–2 s (docs/scheduling.md). Participants are asked in rounds of growing time, those
 * with the most breaks in the schedule at hand first, so the likely exceptions come early; when every participant is
 * proven impossible, the fewest breaks is at least two. Only the benchmark's problems (every meeting required, one
 * day) get here; the service's schedules are neither.
 */
final class LoneBreak {
    private static final double FIRST_ROUND_SECONDS = 0.2;

    /** Participants off their run in the schedule at hand are the likely exceptions: more time for each of them. */
    private static final double LIKELY_FACTOR = 8;

    private final SchedulingProblem problem;
    private final SchedulingLimits limits;
    private final Set<Integer> impossible = new HashSet<>();
    private final Map<Integer, Double> askedFor = new HashMap<>();
    private double perParticipant = FIRST_ROUND_SECONDS;
    private int questions;

    /**
     * A search that can be resumed: a later {@link #resume} skips the participants already proven impossible and
     * does not ask again one that was already given as much time as its round would give it.
     */
    LoneBreak(SchedulingProblem problem, SchedulingLimits limits) {
        this.problem = problem;
        this.limits = limits;
    }

    /**
     * A schedule with one break (status FEASIBLE, objective 1), INFEASIBLE when no participant can be the exception,
     * or UNKNOWN when the time ran out first; going on from where an earlier call stopped. {@code schedule} orders
     * the participants.
     */
    CpSatModel.Result resume(int[] schedule, long deadline) {
        long started = System.nanoTime();
        List<Integer> open = new ArrayList<>(candidates(problem, schedule));
        open.removeAll(impossible);
        int[] breaks = Breaks.perParticipant(problem, schedule);
        while (!open.isEmpty()) {
            List<Integer> undecided = new ArrayList<>();
            for (int p : open) {
                double seconds = perParticipant * (breaks[p] > 0 ? LIKELY_FACTOR : 1);
                if (askedFor.getOrDefault(p, 0.0) >= seconds) {
                    undecided.add(p);
                    continue;
                }
                double left = (deadline - System.nanoTime()) / 1e9;
                if (left < 0.05) {
                    return unknown(started);
                }
                CpSatModel.Result answer = ask(problem, p, limits, Math.min(left, seconds));
                questions++;
                if (answer.found()) {
                    return new CpSatModel.Result(CpSolverStatus.FEASIBLE, answer.slotOf(),
                            Breaks.total(Breaks.perParticipant(problem, answer.slotOf())), 1, millis(started));
                }
                if (answer.status() == CpSolverStatus.INFEASIBLE) {
                    impossible.add(p);
                } else {
                    askedFor.merge(p, Math.min(left, seconds), Math::max);
                    undecided.add(p);
                }
            }
            open = undecided;
            perParticipant *= 4;
        }
        return new CpSatModel.Result(CpSolverStatus.INFEASIBLE, null, 0, 2, millis(started));
    }

    /** How many questions CP-SAT was asked so far. */
    int questions() {
        return questions;
    }

    /** Participants with two meetings or more, the most breaks in the schedule first, then the most meetings. */
    static List<Integer> candidates(SchedulingProblem problem, int[] schedule) {
        int[] breaks = Breaks.perParticipant(problem, schedule);
        int[] meetings = new int[problem.participants().size()];
        for (SchedulingProblem.Candidate candidate : problem.candidates()) {
            meetings[candidate.a()]++;
            meetings[candidate.b()]++;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int p = 0; p < meetings.length; p++) {
            if (meetings[p] >= 2) {
                candidates.add(p);
            }
        }
        candidates.sort(Comparator.comparingInt((Integer p) -> -breaks[p]).thenComparingInt(p -> -meetings[p])
                .thenComparingInt(p -> p));
        return candidates;
    }

    private static CpSatModel.Result ask(SchedulingProblem problem, int exception, SchedulingLimits limits,
            double seconds) {
        // without the implied limit on busy participants: with it, fewer of the possible questions were answered in
        // 3 s (ticf-13crafc.original: 3-4 of 12 against 7), the impossible ones as fast either way
        CpSatModel model = new CpSatModel(problem, false);
        model.contiguousExcept(exception);
        model.capBreaks(Math.min(1, problem.maxBreaks() < 0 ? 1 : problem.maxBreaks()));
        model.capTotalBreaks(1);
        return model.solve(limits, seconds, CpSatModel.Search.FEASIBILITY);
    }

    private static CpSatModel.Result unknown(long started) {
        return new CpSatModel.Result(CpSolverStatus.UNKNOWN, null, 0, 1, millis(started));
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
