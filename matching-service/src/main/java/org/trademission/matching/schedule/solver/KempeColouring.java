package org.trademission.matching.schedule.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A fast schedule by edge colouring: slots are colours, meetings are edges. Each meeting takes a slot free for both
 * participants; when none is common, an alternating (Kempe) chain of two slots is swapped to free one — König's
 * proof, which never fails in a two-sided event whose participants have no more meetings than slots. The room's
 * capacity is then balanced by swapping alternating paths that hold more meetings of a full slot than of a slot
 * with room (de Werra). Blocked slots and allowed slots restrict which swaps are legal, so with them this is a
 * heuristic: the warm start of the exact solver, and its fallback when the solver finds nothing in time.
 * Precedences and fairness are left to the exact solver.
 */
public final class KempeColouring {
    private final SchedulingProblem problem;
    private final int slots;
    private final int[][] at;
    private final int[] load;
    private final int[] count;
    private final int[] slotOf;
    private final BitSet[] domain;

    private KempeColouring(SchedulingProblem problem) {
        this.problem = problem;
        this.slots = problem.slotCount();
        int participants = problem.participants().size();
        at = new int[participants][slots];
        for (int[] row : at) {
            Arrays.fill(row, -1);
        }
        load = new int[slots];
        count = new int[participants];
        slotOf = new int[problem.candidates().size()];
        Arrays.fill(slotOf, -1);
        domain = IntStream.range(0, slotOf.length).mapToObj(problem::domain).toArray(BitSet[]::new);
    }

    /**
     * @param preferred candidates to place first (a maximum flow's selection), then the others by weight
     * @return the slot of each candidate, -1 when not placed
     */
    public static int[] schedule(SchedulingProblem problem, BitSet preferred) {
        KempeColouring colouring = new KempeColouring(problem);
        Integer[] order = IntStream.range(0, problem.candidates().size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingInt(m -> preferred.get(m) ? 0 : 1)
                .thenComparing(m -> -problem.candidate(m).weight()).thenComparingInt(m -> m));
        List<Integer> first = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int m : order) {
            (preferred.get(m) ? first : rest).add(m);
        }
        // The selection is coloured ignoring the room (always possible in the two-sided case), then balanced.
        for (int m : first) {
            colouring.colour(m, false);
        }
        colouring.balance();
        for (int m : order) {
            if (colouring.slotOf[m] < 0) {
                colouring.colour(m, true);
            }
        }
        return colouring.slotOf.clone();
    }

    private void colour(int m, boolean respectRoom) {
        SchedulingProblem.Candidate c = problem.candidate(m);
        if (count[c.a()] >= problem.participants().get(c.a()).maxMeetings()
                || count[c.b()] >= problem.participants().get(c.b()).maxMeetings()) {
            return;
        }
        BitSet d = domain[m];
        int best = -1;
        int bestScore = -1;
        for (int t = d.nextSetBit(0); t >= 0; t = d.nextSetBit(t + 1)) {
            if (at[c.a()][t] < 0 && at[c.b()][t] < 0 && (!respectRoom || load[t] < capacity(t))) {
                int score = adjacency(c.a(), t) + adjacency(c.b(), t);
                if (score > bestScore) {
                    best = t;
                    bestScore = score;
                }
            }
        }
        if (best >= 0) {
            place(m, best);
            return;
        }
        for (int alpha = d.nextSetBit(0); alpha >= 0; alpha = d.nextSetBit(alpha + 1)) {
            if (at[c.a()][alpha] >= 0 || (respectRoom && load[alpha] >= capacity(alpha))) {
                continue;
            }
            for (int beta = d.nextSetBit(0); beta >= 0; beta = d.nextSetBit(beta + 1)) {
                if (beta == alpha || at[c.b()][beta] >= 0) {
                    continue;
                }
                List<Integer> chain = chain(c.b(), alpha, beta);
                if (swappable(chain, alpha, beta, c.a()) && (!respectRoom || roomAfter(chain, alpha, beta, 1))) {
                    swap(chain, alpha, beta);
                    place(m, alpha);
                    return;
                }
            }
        }
    }

    private int adjacency(int p, int t) {
        int score = 0;
        if (t > 0 && at[p][t - 1] >= 0 && Breaks.sameDay(problem, t - 1, t)) {
            score++;
        }
        if (t + 1 < slots && at[p][t + 1] >= 0 && Breaks.sameDay(problem, t, t + 1)) {
            score++;
        }
        return score;
    }

    /** The alternating path from {@code start}: its meeting in slot x, the other participant's in slot y, … */
    private List<Integer> chain(int start, int x, int y) {
        List<Integer> chain = new ArrayList<>();
        int vertex = start;
        int colour = x;
        while (true) {
            int m = at[vertex][colour];
            if (m < 0 || chain.contains(m)) {
                return chain;
            }
            chain.add(m);
            SchedulingProblem.Candidate c = problem.candidate(m);
            vertex = c.a() == vertex ? c.b() : c.a();
            colour = colour == x ? y : x;
            if (chain.size() > at.length + 1) {
                return chain;
            }
        }
    }

    private boolean swappable(List<Integer> chain, int x, int y, int avoid) {
        for (int m : chain) {
            SchedulingProblem.Candidate c = problem.candidate(m);
            if (c.involves(avoid) || !domain[m].get(slotOf[m] == x ? y : x)) {
                return false;
            }
        }
        return closed(chain, x, y);
    }

    private boolean roomAfter(List<Integer> chain, int x, int y, int extraInX) {
        int inX = 0;
        for (int m : chain) {
            if (slotOf[m] == x) {
                inX++;
            }
        }
        int inY = chain.size() - inX;
        return load[x] - inX + inY + extraInX <= capacity(x) && load[y] - inY + inX <= capacity(y);
    }

    // The chain must be a whole component of the two slots, or swapping it would double-book its last participant.
    private boolean closed(List<Integer> chain, int x, int y) {
        for (int m : chain) {
            SchedulingProblem.Candidate c = problem.candidate(m);
            int target = slotOf[m] == x ? y : x;
            for (int p : new int[] {c.a(), c.b()}) {
                int other = at[p][target];
                if (other >= 0 && !chain.contains(other)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void swap(List<Integer> chain, int x, int y) {
        int[] before = new int[chain.size()];
        for (int i = 0; i < chain.size(); i++) {
            before[i] = slotOf[chain.get(i)];
            unplace(chain.get(i));
        }
        for (int i = 0; i < chain.size(); i++) {
            place(chain.get(i), before[i] == x ? y : x);
        }
    }

    private void unplace(int m) {
        int t = slotOf[m];
        SchedulingProblem.Candidate c = problem.candidate(m);
        at[c.a()][t] = -1;
        at[c.b()][t] = -1;
        load[t]--;
        count[c.a()]--;
        count[c.b()]--;
        slotOf[m] = -1;
    }

    private void place(int m, int t) {
        SchedulingProblem.Candidate c = problem.candidate(m);
        at[c.a()][t] = m;
        at[c.b()][t] = m;
        load[t]++;
        count[c.a()]++;
        count[c.b()]++;
        slotOf[m] = t;
    }

    private int capacity(int t) {
        return problem.slots().get(t).capacity();
    }

    /** Moves meetings out of over-full slots along alternating paths; drops the least wanted where none exists. */
    private void balance() {
        for (int c = 0; c < slots; c++) {
            while (load[c] > capacity(c)) {
                if (!shiftOne(c)) {
                    int worst = -1;
                    for (int m = 0; m < slotOf.length; m++) {
                        if (slotOf[m] == c && (worst < 0
                                || problem.candidate(m).weight() < problem.candidate(worst).weight())) {
                            worst = m;
                        }
                    }
                    unplace(worst);
                }
            }
        }
    }

    private boolean shiftOne(int full) {
        for (int d = 0; d < slots; d++) {
            if (d == full || load[d] >= capacity(d)) {
                continue;
            }
            for (int m = 0; m < slotOf.length; m++) {
                if (slotOf[m] != full) {
                    continue;
                }
                SchedulingProblem.Candidate c = problem.candidate(m);
                List<Integer> path = chain(c.a(), full, d);
                List<Integer> tail = chain(c.a(), d, full);
                List<Integer> component = new ArrayList<>(path);
                for (int e : tail) {
                    if (!component.contains(e)) {
                        component.add(e);
                    }
                }
                long inFull = component.stream().filter(e -> slotOf[e] == full).count();
                if (inFull > component.size() - inFull && swappable(component, full, d, -1)
                        && load[d] + inFull - (component.size() - inFull) <= capacity(d)) {
                    swap(component, full, d);
                    return true;
                }
            }
        }
        return false;
    }
}
