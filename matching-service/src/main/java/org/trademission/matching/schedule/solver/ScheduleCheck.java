package org.trademission.matching.schedule.solver;

import java.util.ArrayList;
import java.util.List;

/** Checks a schedule against every hard rule of its problem; returns what is violated (empty when none). */
public final class ScheduleCheck {
    private ScheduleCheck() {
    }

    public static List<String> violations(SchedulingProblem problem, int[] slotOf) {
        List<String> violations = new ArrayList<>();
        int slots = problem.slotCount();
        int participants = problem.participants().size();
        int[][] busy = new int[participants][slots];
        int[] load = new int[slots];
        int[] meetings = new int[participants];
        for (int m = 0; m < slotOf.length; m++) {
            int t = slotOf[m];
            SchedulingProblem.Candidate c = problem.candidate(m);
            if (t < 0) {
                if (problem.required()) {
                    violations.add("meeting " + m + " is not placed");
                }
                continue;
            }
            if (t >= slots) {
                violations.add("meeting " + m + " lies outside the slots");
                continue;
            }
            if (!problem.domain(m).get(t)) {
                violations.add("meeting " + m + " lies in slot " + t + ", not allowed for it");
            }
            for (int p : new int[] {c.a(), c.b()}) {
                if (++busy[p][t] > 1) {
                    violations.add("participant " + p + " has two meetings in slot " + t);
                }
                meetings[p]++;
            }
            if (++load[t] > problem.slots().get(t).capacity()) {
                violations.add("slot " + t + " holds more meetings than tables");
            }
        }
        for (int p = 0; p < participants; p++) {
            if (meetings[p] > problem.participants().get(p).maxMeetings()) {
                violations.add("participant " + p + " has more meetings than its maximum");
            }
        }
        for (SchedulingProblem.Precedence precedence : problem.precedences()) {
            int before = slotOf[precedence.before()];
            int after = slotOf[precedence.after()];
            if (before >= 0 && after >= 0 && before >= after) {
                violations.add("meeting " + precedence.before() + " must come before meeting " + precedence.after());
            }
        }
        if (problem.maxBreaks() >= 0) {
            int[] breaks = Breaks.perParticipant(problem, slotOf);
            for (int p = 0; p < participants; p++) {
                if (breaks[p] > problem.maxBreaks()) {
                    violations.add("participant " + p + " has " + breaks[p] + " breaks");
                }
            }
        }
        java.util.Set<Long> pairs = new java.util.HashSet<>();
        for (int m = 0; m < slotOf.length; m++) {
            SchedulingProblem.Candidate c = problem.candidate(m);
            long key = ((long) Math.min(c.a(), c.b()) << 32) | Math.max(c.a(), c.b());
            if (slotOf[m] >= 0 && !pairs.add(key) && !problem.required()) {
                violations.add("participants " + c.a() + " and " + c.b() + " meet twice");
            }
        }
        return violations;
    }
}
