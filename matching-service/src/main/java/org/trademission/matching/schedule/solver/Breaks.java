package org.trademission.matching.schedule.solver;

import java.util.BitSet;

/**
 * Breaks of a schedule: for each participant and day, each place where its next meeting does not follow in the very
 * next slot counts one, however long the gap. Idle slots before the first meeting or after the last do not count.
 */
public final class Breaks {
    private Breaks() {
    }

    /** @param slotOf the slot of each candidate, -1 when not placed */
    public static int[] perParticipant(SchedulingProblem problem, int[] slotOf) {
        int participants = problem.participants().size();
        BitSet[] busy = new BitSet[participants];
        for (int p = 0; p < participants; p++) {
            busy[p] = new BitSet(problem.slotCount());
        }
        for (int m = 0; m < slotOf.length; m++) {
            if (slotOf[m] >= 0) {
                SchedulingProblem.Candidate c = problem.candidate(m);
                busy[c.a()].set(slotOf[m]);
                busy[c.b()].set(slotOf[m]);
            }
        }
        int[] breaks = new int[participants];
        for (int p = 0; p < participants; p++) {
            breaks[p] = of(problem, busy[p]);
        }
        return breaks;
    }

    public static int total(int[] perParticipant) {
        int total = 0;
        for (int value : perParticipant) {
            total += value;
        }
        return total;
    }

    static int of(SchedulingProblem problem, BitSet busy) {
        int breaks = 0;
        int previous = -1;
        for (int t = busy.nextSetBit(0); t >= 0; t = busy.nextSetBit(t + 1)) {
            if (previous >= 0 && previous != t - 1 && sameDay(problem, previous, t)) {
                breaks++;
            }
            previous = t;
        }
        return breaks;
    }

    static boolean sameDay(SchedulingProblem problem, int s, int t) {
        return problem.slots().get(s).day() == problem.slots().get(t).day();
    }
}
