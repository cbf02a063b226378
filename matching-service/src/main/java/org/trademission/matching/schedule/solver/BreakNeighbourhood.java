package org.trademission.matching.schedule.solver;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A large-neighbourhood step for CP-SAT: the schedule with every meeting fixed where it is, except the meetings among
 * a few participants who have breaks and everyone they meet. CP-SAT then rearranges that neighbourhood exactly,
 * which the annealing's chains cannot when the better schedule lies several coordinated moves away.
 */
final class BreakNeighbourhood {
    private BreakNeighbourhood() {
    }

    /**
     * The problem with all placed meetings fixed but those of the {@code size} participants with breaks picked at
     * {@code round} (in turn, so that successive rounds look at different ones) and of their counterparts; null
     * when nobody has a break.
     */
    static SchedulingProblem around(SchedulingProblem problem, int[] slotOf, int round, int size) {
        int[] breaks = Breaks.perParticipant(problem, slotOf);
        List<Integer> withBreaks = new ArrayList<>();
        for (int p = 0; p < breaks.length; p++) {
            if (breaks[p] > 0) {
                withBreaks.add(p);
            }
        }
        if (withBreaks.isEmpty()) {
            return null;
        }
        BitSet picked = new BitSet();
        for (int i = 0; i < Math.min(size, withBreaks.size()); i++) {
            picked.set(withBreaks.get((round * size + i) % withBreaks.size()));
        }
        BitSet freed = (BitSet) picked.clone();
        for (SchedulingProblem.Candidate c : problem.candidates()) {
            if (picked.get(c.a())) {
                freed.set(c.b());
            }
            if (picked.get(c.b())) {
                freed.set(c.a());
            }
        }
        List<SchedulingProblem.Candidate> candidates = new ArrayList<>(problem.candidates().size());
        for (int m = 0; m < slotOf.length; m++) {
            SchedulingProblem.Candidate c = problem.candidate(m);
            boolean free = freed.get(c.a()) && freed.get(c.b());
            candidates.add(free || slotOf[m] < 0 ? c
                    : new SchedulingProblem.Candidate(c.a(), c.b(), c.weight(), c.allowed(), slotOf[m]));
        }
        return new SchedulingProblem(problem.participants(), problem.slots(), candidates, problem.precedences(),
                problem.required(), problem.maxBreaks());
    }
}
