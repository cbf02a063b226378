package org.trademission.matching.schedule.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Small builders of scheduling problems for the tests. */
final class Problems {
    private Problems() {
    }

    /** A two-sided event: random requests, optionally a share of blocked (participant, slot) pairs. */
    static SchedulingProblem random(long seed, int exporters, int buyers, int requests, int days, int slotsPerDay,
            int tables, double blockedShare, int maxMeetings, int maxBreaks) {
        Random random = new Random(seed);
        int slots = days * slotsPerDay;
        List<SchedulingProblem.Participant> people = new ArrayList<>();
        for (int p = 0; p < exporters + buyers; p++) {
            BitSet blocked = new BitSet();
            for (int t = 0; t < slots; t++) {
                if (random.nextDouble() < blockedShare) {
                    blocked.set(t);
                }
            }
            people.add(new SchedulingProblem.Participant(blocked, maxMeetings, p < exporters ? 0 : 1));
        }
        List<SchedulingProblem.Slot> grid = new ArrayList<>();
        for (int t = 0; t < slots; t++) {
            grid.add(new SchedulingProblem.Slot(t / slotsPerDay, tables));
        }
        Set<Long> pairs = new HashSet<>();
        List<SchedulingProblem.Candidate> candidates = new ArrayList<>();
        int attempts = 0;
        while (candidates.size() < requests && attempts++ < requests * 20) {
            int e = random.nextInt(exporters);
            int b = exporters + random.nextInt(buyers);
            if (pairs.add(((long) e << 32) | b)) {
                candidates.add(SchedulingProblem.Candidate.of(e, b, 1 + random.nextInt(3)));
            }
        }
        return new SchedulingProblem(people, grid, candidates, List.of(), false, maxBreaks);
    }

    /**
     * A one-day event in the benchmark's form: every meeting required, any two participants may meet, a share of
     * (participant, slot) pairs blocked, at most {@code maxBreaks} per participant.
     */
    static SchedulingProblem required(long seed, int participants, int meetings, int slots, int tables,
            double blockedShare, int maxBreaks) {
        Random random = new Random(seed);
        List<SchedulingProblem.Participant> people = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            BitSet blocked = new BitSet();
            for (int t = 0; t < slots; t++) {
                if (random.nextDouble() < blockedShare) {
                    blocked.set(t);
                }
            }
            people.add(new SchedulingProblem.Participant(blocked, Integer.MAX_VALUE, -1));
        }
        Set<Long> pairs = new HashSet<>();
        List<SchedulingProblem.Candidate> candidates = new ArrayList<>();
        while (candidates.size() < meetings) {
            int a = random.nextInt(participants);
            int b = random.nextInt(participants);
            if (a < b && pairs.add(((long) a << 32) | b)) {
                candidates.add(SchedulingProblem.Candidate.of(a, b, 1));
            }
        }
        return new SchedulingProblem(people, slots(slots, tables), candidates, List.of(), true, maxBreaks);
    }

    static SchedulingProblem uniform(SchedulingProblem problem) {
        List<SchedulingProblem.Candidate> candidates = problem.candidates().stream()
                .map(c -> new SchedulingProblem.Candidate(c.a(), c.b(), 1, c.allowed(), c.fixed())).toList();
        return new SchedulingProblem(problem.participants(), problem.slots(), candidates, problem.precedences(),
                problem.required(), problem.maxBreaks());
    }

    /** A meets B and C; B is free only in the first of three slots, C only in the last: A waits in between. */
    static SchedulingProblem counterpartsFreeOnlyAtEitherEnd() {
        BitSet notFirst = new BitSet();
        notFirst.set(1, 3);
        BitSet notLast = new BitSet();
        notLast.set(0, 2);
        return new SchedulingProblem(List.of(free(), new SchedulingProblem.Participant(notFirst, Integer.MAX_VALUE, -1),
                new SchedulingProblem.Participant(notLast, Integer.MAX_VALUE, -1)), slots(3, 2),
                List.of(SchedulingProblem.Candidate.of(0, 1, 1), SchedulingProblem.Candidate.of(0, 2, 1)), List.of(),
                true, 2);
    }

    /** A schedule with no meeting placed: a hint that gives the solver nothing. */
    static int[] unscheduled(SchedulingProblem problem) {
        int[] slotOf = new int[problem.candidates().size()];
        Arrays.fill(slotOf, -1);
        return slotOf;
    }

    static SchedulingProblem.Participant free() {
        return SchedulingProblem.Participant.free(-1);
    }

    static List<SchedulingProblem.Slot> slots(int count, int tables) {
        List<SchedulingProblem.Slot> slots = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            slots.add(new SchedulingProblem.Slot(0, tables));
        }
        return slots;
    }
}
