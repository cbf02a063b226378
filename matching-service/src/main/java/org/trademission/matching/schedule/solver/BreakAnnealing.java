package org.trademission.matching.schedule.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Simulated annealing on breaks with Kempe-chain moves, the classic move of timetabling: take a placed meeting and
 * another slot of its domain, follow the chain of meetings of the same participants that alternate between the two
 * slots, and swap the whole chain. Nobody is ever double-booked, a free slot makes it a plain move, and a full slot a
 * swap. A chain is taken when it keeps the tables, the domains and the precedences, and when its change of cost
 * passes the annealing test; cost = 2 per break + 1 per idle slot inside a day + a penalty per break above the
 * fairness limit. The best schedule is the one with the fewest breaks. Keeps every placed meeting
 * placed, so the placement stays as valuable. Deterministic: a seeded generator and a number of moves, not a clock
 * (the deadline is only a safety net).
 */
final class BreakAnnealing {
    private static final int UNFAIR_PENALTY = 4;
    private static final int MAX_CHAIN = 24;
    private static final int REJECTED = Integer.MIN_VALUE;

    private final SchedulingProblem problem;
    private final int[] slotOf;
    private final int[][] occupant;
    private final BitSet[] busy;
    private final int[] load;
    private final int[] breaks;
    private final BitSet[] domain;
    private final int[] domainSlots;
    private final List<List<SchedulingProblem.Precedence>> precedencesOf = new ArrayList<>();
    private final int[] movable;
    private final int limit;
    private final SplittableRandom random;
    // A break weighs two idle slots: the idle slots grade the plateaus between two break counts, so that the walk
    // drifts towards compact days (measured on the published instances: fewer breaks than breaks alone).
    private static final int BREAK_WEIGHT = 2;
    private static final int IDLE_WEIGHT = 1;
    private final int[] idle;
    private int cost;
    private int excess;
    private int totalBreaks;

    private BreakAnnealing(SchedulingProblem problem, int[] start, long seed) {
        this.problem = problem;
        this.slotOf = start.clone();
        int participants = problem.participants().size();
        int slots = problem.slotCount();
        occupant = new int[participants][slots];
        for (int[] row : occupant) {
            Arrays.fill(row, -1);
        }
        busy = new BitSet[participants];
        for (int p = 0; p < participants; p++) {
            busy[p] = new BitSet(slots);
        }
        load = new int[slots];
        domain = new BitSet[slotOf.length];
        domainSlots = new int[slotOf.length];
        List<Integer> canMove = new ArrayList<>();
        for (int m = 0; m < slotOf.length; m++) {
            precedencesOf.add(new ArrayList<>(0));
            domain[m] = problem.domain(m);
            domainSlots[m] = domain[m].cardinality();
            int t = slotOf[m];
            if (t >= 0) {
                SchedulingProblem.Candidate c = problem.candidate(m);
                occupant[c.a()][t] = m;
                occupant[c.b()][t] = m;
                busy[c.a()].set(t);
                busy[c.b()].set(t);
                load[t]++;
                if (c.fixed() < 0 && domainSlots[m] > 1) {
                    canMove.add(m);
                }
            }
        }
        for (SchedulingProblem.Precedence precedence : problem.precedences()) {
            precedencesOf.get(precedence.before()).add(precedence);
            precedencesOf.get(precedence.after()).add(precedence);
        }
        movable = canMove.stream().mapToInt(Integer::intValue).toArray();
        limit = problem.maxBreaks() < 0 ? Integer.MAX_VALUE : problem.maxBreaks();
        breaks = new int[participants];
        idle = new int[participants];
        for (int p = 0; p < participants; p++) {
            breaks[p] = Breaks.of(problem, busy[p]);
            idle[p] = idleSlots(busy[p]);
            cost += cost(breaks[p], idle[p]);
            excess += excess(breaks[p]);
            totalBreaks += breaks[p];
        }
        random = new SplittableRandom(seed);
    }

    /**
     * The moves for a time limit: a count, not a clock, so that the same input gives the same schedule; about a tenth
     * of the limit on this machine (the deadline is only the safety net).
     */
    static long movesFor(double seconds) {
        return (long) (seconds * 120_000);
    }

    /**
     * The safety net of a run, counted from its own start: twenty times what its moves take here, and never past twice
     * the time limit. Counted from the solve's start instead, a run that began late (after a long CP-SAT placement)
     * was cut before its first move, and the schedule kept every break CP-SAT left (125 instead of ~30 on a
     * 200-request mission with a 1 s limit), differently from one machine load to the next.
     */
    static long deadline(long moves, long started, double seconds) {
        return Math.min(System.nanoTime() + moves * 20_000, started + (long) (seconds * 2e9));
    }

    /**
     * The best schedule met in {@code moves} tries (or by the deadline): fewest breaks among those that keep the
     * fairness limit as well as {@code start} does.
     */
    static int[] improve(SchedulingProblem problem, int[] start, long moves, long deadlineNanos) {
        return improve(problem, start, moves, deadlineNanos, 0, 0);
    }

    /**
     * The same with another walk: {@code round} seeds the generator (a reheat from where an earlier one ended); the
     * walk stops as soon as its breaks reach {@code floor} (a proven lower bound: nothing better exists).
     */
    static int[] improve(SchedulingProblem problem, int[] start, long moves, long deadlineNanos, int round,
            int floor) {
        BreakAnnealing annealing = new BreakAnnealing(problem, start, 0x5eed_b2b_2026L + start.length + 7919L * round);
        return annealing.run(moves, deadlineNanos, floor);
    }

    private int cost(int participantBreaks, int idleSlots) {
        return BREAK_WEIGHT * participantBreaks + IDLE_WEIGHT * idleSlots
                + BREAK_WEIGHT * UNFAIR_PENALTY * excess(participantBreaks);
    }

    /** Free slots between a participant's first and last meeting of each day. */
    private int idleSlots(BitSet participantBusy) {
        int idleSlots = 0;
        int previous = -1;
        for (int t = participantBusy.nextSetBit(0); t >= 0; t = participantBusy.nextSetBit(t + 1)) {
            if (previous >= 0 && Breaks.sameDay(problem, previous, t)) {
                idleSlots += t - previous - 1;
            }
            previous = t;
        }
        return idleSlots;
    }

    private int excess(int participantBreaks) {
        return Math.max(0, participantBreaks - limit);
    }

    private int[] run(long moves, long deadlineNanos, int floor) {
        int[] best = slotOf.clone();
        int bestBreaks = totalBreaks;
        int allowedExcess = excess;
        if (movable.length == 0 || totalBreaks <= floor) {
            return best;
        }
        double hot = BREAK_WEIGHT;
        double cold = 0.05 * BREAK_WEIGHT;
        int[] chain = new int[MAX_CHAIN];
        for (long i = 0; i < moves; i++) {
            if ((i & 1023) == 0 && System.nanoTime() > deadlineNanos) {
                break;
            }
            double temperature = hot * Math.pow(cold / hot, (double) i / moves);
            int m = movable[random.nextInt(movable.length)];
            int from = slotOf[m];
            int to = randomSlotOf(m, from);
            if (to < 0) {
                continue;
            }
            int length = chain(m, from, to, chain);
            if (length < 0) {
                continue;
            }
            int delta = flip(chain, length, from, to);
            if (delta == REJECTED) {
                continue;
            }
            if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature)) {
                cost += delta;
                if (totalBreaks < bestBreaks && excess <= allowedExcess) {
                    bestBreaks = totalBreaks;
                    System.arraycopy(slotOf, 0, best, 0, slotOf.length);
                    if (totalBreaks <= floor) {
                        break;
                    }
                }
            } else {
                swap(chain, length, to, from);
                rescore(chain, length);
            }
        }
        return best;
    }

    private int randomSlotOf(int m, int from) {
        int pick = random.nextInt(domainSlots[m] - 1);
        for (int t = domain[m].nextSetBit(0); t >= 0; t = domain[m].nextSetBit(t + 1)) {
            if (t != from && pick-- == 0) {
                return t;
            }
        }
        return -1;
    }

    /** The Kempe chain of {@code m} between slots {@code from} and {@code to}; -1 when it cannot be swapped. */
    private int chain(int m, int from, int to, int[] chain) {
        int length = 0;
        chain[length++] = m;
        int atFrom = 1;
        for (int i = 0; i < length; i++) {
            int x = chain[i];
            int here = slotOf[x];
            int there = here == from ? to : from;
            if (problem.candidate(x).fixed() >= 0 || !domain[x].get(there)) {
                return -1;
            }
            SchedulingProblem.Candidate c = problem.candidate(x);
            for (int p : new int[] {c.a(), c.b()}) {
                int y = occupant[p][there];
                if (y >= 0 && !contains(chain, length, y)) {
                    if (length == MAX_CHAIN) {
                        return -1;
                    }
                    chain[length++] = y;
                    if (there == from) {
                        atFrom++;
                    }
                }
            }
        }
        int atTo = length - atFrom;
        if (load[to] - atTo + atFrom > problem.slots().get(to).capacity()
                || load[from] - atFrom + atTo > problem.slots().get(from).capacity()) {
            return -1;
        }
        return length;
    }

    private static boolean contains(int[] chain, int length, int m) {
        for (int i = 0; i < length; i++) {
            if (chain[i] == m) {
                return true;
            }
        }
        return false;
    }

    /**
     * Swaps the chain between the two slots and answers the change of cost; a swap that breaks a precedence is
     * undone at once and answers {@link #REJECTED}.
     */
    private int flip(int[] chain, int length, int from, int to) {
        swap(chain, length, from, to);
        if (!precedencesHold(chain, length)) {
            swap(chain, length, to, from);
            return REJECTED;
        }
        return rescore(chain, length);
    }

    /** The change of cost of the chain's participants since they were last scored. */
    private int rescore(int[] chain, int length) {
        int delta = 0;
        for (int i = 0; i < length; i++) {
            SchedulingProblem.Candidate c = problem.candidate(chain[i]);
            delta += rescore(c.a()) + rescore(c.b());
        }
        return delta;
    }

    private void swap(int[] chain, int length, int from, int to) {
        for (int i = 0; i < length; i++) {
            SchedulingProblem.Candidate c = problem.candidate(chain[i]);
            int here = slotOf[chain[i]];
            occupant[c.a()][here] = -1;
            occupant[c.b()][here] = -1;
            busy[c.a()].clear(here);
            busy[c.b()].clear(here);
            load[here]--;
        }
        for (int i = 0; i < length; i++) {
            int x = chain[i];
            SchedulingProblem.Candidate c = problem.candidate(x);
            int there = slotOf[x] == from ? to : from;
            slotOf[x] = there;
            occupant[c.a()][there] = x;
            occupant[c.b()][there] = x;
            busy[c.a()].set(there);
            busy[c.b()].set(there);
            load[there]++;
        }
    }

    /** Recomputes a participant's breaks once per flip (a participant can be in the chain twice). */
    private int rescore(int p) {
        int now = Breaks.of(problem, busy[p]);
        int idleNow = idleSlots(busy[p]);
        int delta = cost(now, idleNow) - cost(breaks[p], idle[p]);
        excess += excess(now) - excess(breaks[p]);
        totalBreaks += now - breaks[p];
        breaks[p] = now;
        idle[p] = idleNow;
        return delta;
    }

    private boolean precedencesHold(int[] chain, int length) {
        for (int i = 0; i < length; i++) {
            for (SchedulingProblem.Precedence precedence : precedencesOf.get(chain[i])) {
                int before = slotOf[precedence.before()];
                int after = slotOf[precedence.after()];
                if (before >= 0 && after >= 0 && before >= after) {
                    return false;
                }
            }
        }
        return true;
    }
}
