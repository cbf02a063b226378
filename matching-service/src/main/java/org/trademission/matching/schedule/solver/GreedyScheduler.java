package org.trademission.matching.schedule.solver;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The baseline the exact solver is measured against, as simple tools schedule: slot by slot, each slot filled with
 * the most wanted meetings whose participants are both free, each at the first free table.
 */
public final class GreedyScheduler {
    private GreedyScheduler() {
    }

    public static int[] schedule(SchedulingProblem problem) {
        int slots = problem.slotCount();
        int participants = problem.participants().size();
        int[] slotOf = new int[problem.candidates().size()];
        Arrays.fill(slotOf, -1);
        BitSet[] domain = IntStream.range(0, slotOf.length).mapToObj(problem::domain).toArray(BitSet[]::new);
        Integer[] order = IntStream.range(0, slotOf.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingLong(m -> -problem.candidate(m).weight())
                .thenComparingInt(m -> m));
        int[] count = new int[participants];
        for (int t = 0; t < slots; t++) {
            boolean[] busy = new boolean[participants];
            int tables = problem.slots().get(t).capacity();
            for (int m : order) {
                if (tables == 0) {
                    break;
                }
                SchedulingProblem.Candidate c = problem.candidate(m);
                if (slotOf[m] < 0 && domain[m].get(t) && !busy[c.a()] && !busy[c.b()]
                        && count[c.a()] < problem.participants().get(c.a()).maxMeetings()
                        && count[c.b()] < problem.participants().get(c.b()).maxMeetings()
                        && precedingPlaced(problem, slotOf, m, t)) {
                    slotOf[m] = t;
                    busy[c.a()] = true;
                    busy[c.b()] = true;
                    count[c.a()]++;
                    count[c.b()]++;
                    tables--;
                }
            }
        }
        return slotOf;
    }

    private static boolean precedingPlaced(SchedulingProblem problem, int[] slotOf, int m, int t) {
        for (SchedulingProblem.Precedence precedence : problem.precedences()) {
            if (precedence.after() == m && (slotOf[precedence.before()] < 0 || slotOf[precedence.before()] >= t)) {
                return false;
            }
        }
        return true;
    }
}
