package org.trademission.matching.schedule.solver;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Hill climbing on breaks for schedules too large for the exact model in its time budget: moves one meeting to a
 * slot free for both participants and the room, or — when every slot is full — swaps two meetings' slots, whenever
 * that lowers the breaks of the participants involved together without taking any of them above the fairness
 * limit. Keeps every hard rule and every placed meeting.
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
        List<Set<Integer>> inSlot = new ArrayList<>();
        for (int t = 0; t < problem.slotCount(); t++) {
            inSlot.add(new LinkedHashSet<>());
        }
        for (int m = 0; m < slotOf.length; m++) {
            if (slotOf[m] >= 0) {
                inSlot.get(slotOf[m]).add(m);
            }
        }
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
                    inSlot.get(from).remove(m);
                    inSlot.get(best).add(m);
                    improved = true;
                } else if (beforeA + beforeB > 0 && swap(problem, m, slotOf, busy, domain, inSlot, limit)) {
                    improved = true;
                }
            }
        }
        return slotOf;
    }

    /** Tries the slots next to the meeting's participants' other meetings, swapping with a meeting held there. */
    private static boolean swap(SchedulingProblem problem, int m, int[] slotOf, BitSet[] busy, BitSet[] domain,
            List<Set<Integer>> inSlot, int limit) {
        int from = slotOf[m];
        SchedulingProblem.Candidate c = problem.candidate(m);
        BitSet targets = new BitSet();
        for (int p : new int[] {c.a(), c.b()}) {
            for (int t = busy[p].nextSetBit(0); t >= 0; t = busy[p].nextSetBit(t + 1)) {
                if (t > 0) {
                    targets.set(t - 1);
                }
                targets.set(t + 1);
            }
        }
        targets.and(domain[m]);
        for (int to = targets.nextSetBit(0); to >= 0; to = targets.nextSetBit(to + 1)) {
            if (to == from || busy[c.a()].get(to) || busy[c.b()].get(to)) {
                continue;
            }
            for (int other : inSlot.get(to)) {
                SchedulingProblem.Candidate o = problem.candidate(other);
                if (o.fixed() >= 0 || !domain[other].get(from) || busy[o.a()].get(from) || busy[o.b()].get(from)
                        || involvedInPrecedence(problem, other)) {
                    continue;
                }
                int[] people = {c.a(), c.b(), o.a(), o.b()};
                int before = 0;
                int[] was = new int[4];
                for (int i = 0; i < 4; i++) {
                    was[i] = Breaks.of(problem, busy[people[i]]);
                    before += was[i];
                }
                move(busy, c, from, to);
                move(busy, o, to, from);
                int after = 0;
                boolean fair = true;
                for (int i = 0; i < 4; i++) {
                    int now = Breaks.of(problem, busy[people[i]]);
                    after += now;
                    fair &= now <= limit || now <= was[i];
                }
                if (after < before && fair) {
                    slotOf[m] = to;
                    slotOf[other] = from;
                    inSlot.get(from).remove(m);
                    inSlot.get(to).remove(other);
                    inSlot.get(to).add(m);
                    inSlot.get(from).add(other);
                    return true;
                }
                move(busy, o, from, to);
                move(busy, c, to, from);
            }
        }
        return false;
    }

    private static void move(BitSet[] busy, SchedulingProblem.Candidate c, int from, int to) {
        busy[c.a()].clear(from);
        busy[c.b()].clear(from);
        busy[c.a()].set(to);
        busy[c.b()].set(to);
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
