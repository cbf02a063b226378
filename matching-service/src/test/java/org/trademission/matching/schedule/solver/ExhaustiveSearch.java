package org.trademission.matching.schedule.solver;

import java.util.BitSet;

/** The fewest breaks of a tiny required instance, by trying every slot for every meeting: the tests' reference. */
final class ExhaustiveSearch {
    /** No schedule keeps every rule. */
    static final int INFEASIBLE = -1;

    private final SchedulingProblem problem;
    private final int[] slotOf;
    private int best = Integer.MAX_VALUE;

    private ExhaustiveSearch(SchedulingProblem problem) {
        this.problem = problem;
        this.slotOf = new int[problem.candidates().size()];
    }

    static int fewestBreaks(SchedulingProblem problem) {
        ExhaustiveSearch search = new ExhaustiveSearch(problem);
        search.place(0);
        return search.best == Integer.MAX_VALUE ? INFEASIBLE : search.best;
    }

    private void place(int m) {
        if (m == slotOf.length) {
            if (ScheduleCheck.violations(problem, slotOf).isEmpty()) {
                best = Math.min(best, Breaks.total(Breaks.perParticipant(problem, slotOf)));
            }
            return;
        }
        BitSet domain = problem.domain(m);
        for (int t = domain.nextSetBit(0); t >= 0; t = domain.nextSetBit(t + 1)) {
            slotOf[m] = t;
            place(m + 1);
        }
    }
}
