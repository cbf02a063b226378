package org.trademission.matching.schedule.solver;

import com.google.ortools.sat.CpSolverStatus;

/**
 * The CP-SAT questions {@link BreakLadder} asks about breaks, each a fresh {@link CpSatModel} with its constraints,
 * its objective (or none) and its hint.
 */
final class BreakQuestions {
    private BreakQuestions() {
    }

    /**
     * Fewest breaks with each participant at most {@code cap} (-1: no cap), total at most {@code total} (-1: none), the
     * placement worth at least {@code weight} (ignored for required problems), and all but at most {@code runsExcept}
     * participants in one unbroken run (-1: not asked; required one-day problems only), searched by the portfolio.
     */
    static CpSatModel.Result search(SchedulingProblem problem, int[] hint, long weight, int cap, int total,
            int runsExcept, SchedulingLimits limits, double seconds) {
        return search(problem, hint, weight, cap, total, runsExcept, limits, seconds, CpSatModel.Search.PORTFOLIO);
    }

    /** The same, searched as {@code how} says ({@link CpSatModel.Search}). */
    static CpSatModel.Result search(SchedulingProblem problem, int[] hint, long weight, int cap, int total,
            int runsExcept, SchedulingLimits limits, double seconds, CpSatModel.Search how) {
        CpSatModel model = new CpSatModel(problem);
        if (runsExcept >= 0) {
            model.contiguousExceptAtMost(runsExcept);
        }
        if (!problem.required()) {
            model.requireWeightAtLeast(weight);
        }
        if (cap >= 0) {
            model.capBreaks(cap);
        }
        if (total >= 0) {
            model.capTotalBreaks(total);
        }
        model.minimiseBreaks();
        if (hint != null) {
            model.hint(hint);
        }
        return model.solve(limits, seconds, how);
    }

    /**
     * (a) "nobody has a break": on required one-day problems with the run-start encoding, as a pure feasibility
     * question; otherwise by the portfolio.
     */
    static CpSatModel.Result noBreak(SchedulingProblem problem, int[] colouring, long weight, boolean runs,
            SchedulingLimits limits, double seconds) {
        return search(problem, colouring, weight, 0, 0, runs ? 0 : -1, limits, Math.max(0.05, seconds),
                runs ? CpSatModel.Search.FEASIBILITY : CpSatModel.Search.PORTFOLIO);
    }

    /**
     * "Total ≤ the proven bound" on a required one-day problem: any schedule is optimal, so asked with no objective and
     * without the linear relaxation, and the search stops at the first schedule (with the objective, the portfolio
     * went on looking for a better one it could not prove absent); its objective is its breaks.
     */
    static CpSatModel.Result atBound(SchedulingProblem problem, int[] hint, int cap, int total,
            SchedulingLimits limits, double seconds) {
        CpSatModel model = new CpSatModel(problem);
        model.contiguousExceptAtMost(total);
        model.capBreaks(cap);
        model.capTotalBreaks(total);
        model.hint(hint);
        return withBreaks(problem, model.solve(limits, seconds, CpSatModel.Search.FEASIBILITY));
    }

    /** Any schedule of every required meeting under the fairness limit; its objective is its breaks. */
    static CpSatModel.Result complete(SchedulingProblem problem, int[] hint, int limit, SchedulingLimits limits,
            double seconds) {
        // without the implied limit on busy participants: with it, the complete schedules differed and the crafc
        // variants' one break (found by LoneBreak from the annealed one) was found on 0 of 8 instead of 4 of 8
        CpSatModel model = new CpSatModel(problem, false);
        if (limit >= 0) {
            model.capBreaks(limit);
        }
        model.hint(hint);
        // without the linear relaxation: ticf-14crafa.prec15's first complete schedule in ~1 s, where the portfolio
        // took 2.5 s or found none in 5 s
        return withBreaks(problem, model.solve(limits, seconds, CpSatModel.Search.FEASIBILITY));
    }

    private static CpSatModel.Result withBreaks(SchedulingProblem problem, CpSatModel.Result result) {
        if (!result.found()) {
            return result;
        }
        int breaks = Breaks.total(Breaks.perParticipant(problem, result.slotOf()));
        return new CpSatModel.Result(result.status() == CpSolverStatus.OPTIMAL ? CpSolverStatus.FEASIBLE
                : result.status(), result.slotOf(), breaks, 0, result.millis());
    }
}
