package org.trademission.matching.schedule.solver;

import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * Hill climbing on breaks for schedules too large for the exact model in its time budget: moves one meeting at a
 * time to a slot free for both participants and the room, when that lowers their breaks together without taking
 * either above the fairness limit. Keeps every hard rule and every placed meeting.
 */
final class BreakRepair {
    private BreakRepair() {
    }

    static int[] improve(SchedulingProblem problem, int[] start, long deadlineNanos) {
        int[] slotOf = start.clone();
        int participants = problem.participants().size();
        BitSet[] busy = new BitSet[participants];
        for (int p = 0; p < participants; p++) {
            busy[p] = new BitSet();
        }
        int[] load = new int[problem.slotCount()];
        for (int m = 0; m < slotOf.length; m++) {
            if (slotOf[m] >= 0) {
                busy[problem.candidate(m).a()].set(slotOf[m]);
                busy[problem.candidate(m).b()].set(slotOf[m]);
                load[slotOf[m]]++;
            }
        }
        BitSet[] domain = IntStream.range(0, slotOf.length).mapToObj(problem::domain).toArray(BitSet[]::new);
        int limit = problem.maxBreaks() < 0 ? Integer.MAX_VALUE : problem.maxBreaks();
        boolean improved = true;
        while (improved && System.nanoTime() < deadlineNanos) {
            improved = false;
            for (int m = 0; m < slotOf.length && System.nanoTime() < deadlineNanos; m++) {
                int from = slotOf[m];
                SchedulingProblem.Candidate c = problem.candidate(m);
                if (from < 0 || c.fixed() >= 0 || involvedInPrecedence(problem, m)) {
                    continue;
                }
                int a = c.a();
                int b = c.b();
                int beforeA = Breaks.of(problem, busy[a]);
                int beforeB = Breaks.of(problem, busy[b]);
                busy[a].clear(from);
                busy[b].clear(from);
                int best = from;
                int bestGain = 0;
                for (int t = domain[m].nextSetBit(0); t >= 0; t = domain[m].nextSetBit(t + 1)) {
                    if (t == from || busy[a].get(t) || busy[b].get(t)
                            || load[t] >= problem.slots().get(t).capacity()) {
                        continue;
                    }
                    busy[a].set(t);
                    busy[b].set(t);
                    int afterA = Breaks.of(problem, busy[a]);
                    int afterB = Breaks.of(problem, busy[b]);
                    busy[a].clear(t);
                    busy[b].clear(t);
                    int gain = beforeA + beforeB - afterA - afterB;
                    boolean fair = (afterA <= limit || afterA <= beforeA) && (afterB <= limit || afterB <= beforeB);
                    if (gain > bestGain && fair) {
                        best = t;
                        bestGain = gain;
                    }
                }
                busy[a].set(best);
                busy[b].set(best);
                if (best != from) {
                    load[from]--;
                    load[best]++;
                    slotOf[m] = best;
                    improved = true;
                }
            }
        }
        return slotOf;
    }

    private static boolean involvedInPrecedence(SchedulingProblem problem, int m) {
        for (SchedulingProblem.Precedence precedence : problem.precedences()) {
            if (precedence.before() == m || precedence.after() == m) {
                return true;
            }
        }
        return false;
    }
}
