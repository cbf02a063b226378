package org.trademission.matching.schedule.solver;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact model on OR-Tools CP-SAT (see docs/scheduling.md): one Boolean per (meeting, slot of its domain);
 * at most one meeting per participant and slot; at most the tables per slot; per-participant maxima; precedences.
 * Breaks: a participant starts a block in slot t when it meets in t and not in t-1 of the same day; its breaks are
 * its blocks minus its days with a meeting — on a one-day required problem, its blocks that start after an earlier
 * meeting, a plain sum of literals for the core search ({@link #solveWithCores}).
 */
final class CpSatModel {
    static {
        Loader.loadNativeLibraries();
    }

    record Result(CpSolverStatus status, int[] slotOf, long objective, long bound, long millis) {
        boolean found() {
            return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        }
    }

    private final SchedulingProblem problem;
    private final boolean busyLimit;
    private final CpModel model = new CpModel();
    private final List<Map<Integer, BoolVar>> x = new ArrayList<>();
    private final List<LinearArgument> placed = new ArrayList<>();
    private final List<BoolVar> placedVar = new ArrayList<>();
    private LinearExprBuilder breaks;
    private final Map<Long, BoolVar> starts = new HashMap<>();
    private final Map<Long, BoolVar> daysUsed = new HashMap<>();

    CpSatModel(SchedulingProblem problem) {
        this(problem, true);
    }

    /** {@code busyLimit}: with the implied limit on busy participants per slot ({@link #busyAtMostTwiceTheTables}). */
    CpSatModel(SchedulingProblem problem, boolean busyLimit) {
        this.problem = problem;
        this.busyLimit = busyLimit;
        build();
    }

    private void build() {
        int slots = problem.slotCount();
        int participants = problem.participants().size();
        List<List<List<Literal>>> byParticipantSlot = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            List<List<Literal>> row = new ArrayList<>(slots);
            for (int t = 0; t < slots; t++) {
                row.add(new ArrayList<>(2));
            }
            byParticipantSlot.add(row);
        }
        List<List<Literal>> bySlot = new ArrayList<>();
        for (int t = 0; t < slots; t++) {
            bySlot.add(new ArrayList<>());
        }
        List<List<Integer>> meetingsOf = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            meetingsOf.add(new ArrayList<>());
        }
        for (int m = 0; m < problem.candidates().size(); m++) {
            SchedulingProblem.Candidate c = problem.candidate(m);
            BitSet domain = problem.domain(m);
            Map<Integer, BoolVar> vars = new HashMap<>();
            List<Literal> literals = new ArrayList<>();
            for (int t = domain.nextSetBit(0); t >= 0; t = domain.nextSetBit(t + 1)) {
                BoolVar v = model.newBoolVar("x" + m + "_" + t);
                vars.put(t, v);
                literals.add(v);
                byParticipantSlot.get(c.a()).get(t).add(v);
                byParticipantSlot.get(c.b()).get(t).add(v);
                bySlot.get(t).add(v);
            }
            x.add(vars);
            meetingsOf.get(c.a()).add(m);
            meetingsOf.get(c.b()).add(m);
            if (problem.required()) {
                model.addExactlyOne(literals);
                placed.add(LinearExpr.constant(1));
                placedVar.add(null);
            } else {
                BoolVar isPlaced = model.newBoolVar("placed" + m);
                model.addEquality(LinearExpr.sum(literals.toArray(Literal[]::new)), isPlaced);
                placed.add(isPlaced);
                placedVar.add(isPlaced);
            }
        }
        for (int p = 0; p < participants; p++) {
            for (int t = 0; t < slots; t++) {
                List<Literal> here = byParticipantSlot.get(p).get(t);
                if (here.size() > 1) {
                    model.addAtMostOne(here);
                }
            }
            int max = problem.participants().get(p).maxMeetings();
            if (!problem.required() && max < meetingsOf.get(p).size()) {
                LinearExprBuilder count = LinearExpr.newBuilder();
                meetingsOf.get(p).forEach(m -> count.add(placed.get(m)));
                model.addLessOrEqual(count, max);
            }
        }
        for (int t = 0; t < slots; t++) {
            if (bySlot.get(t).size() > problem.slots().get(t).capacity()) {
                model.addLessOrEqual(LinearExpr.sum(bySlot.get(t).toArray(Literal[]::new)),
                        problem.slots().get(t).capacity());
            }
        }
        for (SchedulingProblem.Precedence precedence : problem.precedences()) {
            var constraint = model.addLessOrEqual(LinearExpr.affine(slotExpr(precedence.before()), 1, 1),
                    slotExpr(precedence.after()));
            if (!problem.required()) {
                constraint.onlyEnforceIf(new Literal[] {placedVar.get(precedence.before()),
                        placedVar.get(precedence.after())});
            }
        }
        breaks = LinearExpr.newBuilder();
        boolean oneDay = problem.slots().stream().mapToInt(SchedulingProblem.Slot::day).distinct().count() <= 1;
        for (int p = 0; p < participants; p++) {
            if (meetingsOf.get(p).size() < 2) {
                continue;
            }
            Literal[] busy = new Literal[slots];
            for (int t = 0; t < slots; t++) {
                busy[t] = busy(byParticipantSlot.get(p).get(t), p, t);
            }
            busyOf.put(p, busy);
            meetingCount.put(p, meetingsOf.get(p).size());
            if (problem.required()) {
                // Redundant but strong: the participant meets in exactly as many slots as it has meetings.
                List<Literal> slotsUsed = new ArrayList<>();
                for (Literal literal : busy) {
                    if (literal != null) {
                        slotsUsed.add(literal);
                    }
                }
                model.addEquality(LinearExpr.sum(slotsUsed.toArray(Literal[]::new)), meetingsOf.get(p).size());
            }
            LinearExprBuilder mine = LinearExpr.newBuilder();
            List<Literal> blockStarts = new ArrayList<>();
            Map<Integer, List<Literal>> startsByDay = new HashMap<>();
            for (int t = 0; t < slots; t++) {
                if (busy[t] == null) {
                    continue;
                }
                BoolVar start = model.newBoolVar("s" + p + "_" + t);
                starts.put(key(p, t), start);
                boolean continues = t > 0 && Breaks.sameDay(problem, t - 1, t) && busy[t - 1] != null;
                // start <=> busy(t) and not busy(t-1): three clauses that propagate both ways
                model.addImplication(start, busy[t]);
                if (continues) {
                    model.addImplication(start, busy[t - 1].not());
                    model.addBoolOr(new Literal[] {start, busy[t].not(), busy[t - 1]});
                } else {
                    model.addImplication(busy[t], start);
                }
                mine.add(start);
                blockStarts.add(start);
                startsByDay.computeIfAbsent(problem.slots().get(t).day(), d -> new ArrayList<>()).add(start);
            }
            if (problem.required() && oneDay) {
                // Every meeting is held on the one day: one block is free, each further block is a break.
                model.addGreaterOrEqual(LinearExpr.sum(blockStarts.toArray(Literal[]::new)), 1);
                mine = laterStarts(p, busy);
                window(p, busy, meetingsOf.get(p).size(), mine);
            } else {
                for (var day : startsByDay.entrySet()) {
                    BoolVar used = model.newBoolVar("d" + p + "_" + day.getKey());
                    daysUsed.put(key(p, day.getKey()), used);
                    // used <=> some block starts that day
                    List<Literal> any = new ArrayList<>(day.getValue());
                    any.add(used.not());
                    model.addBoolOr(any);
                    for (Literal start : day.getValue()) {
                        model.addImplication(start, used);
                    }
                    mine.addTerm(used, -1);
                }
            }
            LinearExpr participantBreaks = mine.build();
            breakLimits.add(participantBreaks);
            breaks.add(participantBreaks);
        }
        if (busyLimit) {
            busyAtMostTwiceTheTables(byParticipantSlot);
        }
    }

    /**
     * Redundant: a meeting in slot t keeps two participants busy, so at most twice the slot's tables are busy in it
     * (Bofill et al.'s implied constraint). The tables' own limit is on the meeting literals; this one is on the
     * "meets in t" literals, which the run encodings set as soon as a participant's run is chosen, before any of its
     * meetings is placed.
     */
    private void busyAtMostTwiceTheTables(List<List<List<Literal>>> byParticipantSlot) {
        for (int t = 0; t < problem.slotCount(); t++) {
            List<Literal> busyHere = new ArrayList<>();
            for (int p = 0; p < byParticipantSlot.size(); p++) {
                Literal[] busy = busyOf.get(p);
                List<Literal> here = byParticipantSlot.get(p).get(t);
                if (busy != null && busy[t] != null) {
                    busyHere.add(busy[t]);
                } else if (here.size() == 1) {
                    busyHere.add(here.get(0));
                }
            }
            long twice = 2L * problem.slots().get(t).capacity();
            if (busyHere.size() > twice) {
                model.addLessOrEqual(LinearExpr.sum(busyHere.toArray(Literal[]::new)), twice);
            }
        }
    }

    private final Map<Long, BoolVar> laterStartVars = new HashMap<>();
    private final Map<Long, BoolVar> metByVars = new HashMap<>();

    /**
     * A one-day participant's breaks as a sum of literals without a constant: "a block starts in t after an earlier
     * meeting" (its block start and "met before t", a prefix-or of its busy literals). The objective is then a plain
     * sum of literals, which CP-SAT's core-based search works on directly (with "block starts − 1" its first cores
     * only rediscovered that everyone has a first block).
     */
    private LinearExprBuilder laterStarts(int p, Literal[] busy) {
        LinearExprBuilder later = LinearExpr.newBuilder();
        Literal metBefore = null;
        for (int t = 0; t < busy.length; t++) {
            if (busy[t] == null) {
                continue;
            }
            if (metBefore != null) {
                BoolVar start = starts.get(key(p, t));
                BoolVar isBreak = model.newBoolVar("h" + p + "_" + t);
                // isBreak <=> start(t) and met before t
                model.addImplication(isBreak, start);
                model.addImplication(isBreak, metBefore);
                model.addBoolOr(new Literal[] {isBreak, start.not(), metBefore.not()});
                later.add(isBreak);
                laterStartVars.put(key(p, t), isBreak);
                BoolVar metByNow = model.newBoolVar("z" + p + "_" + t);
                // metByNow <=> met before t or busy(t)
                model.addImplication(metBefore, metByNow);
                model.addImplication(busy[t], metByNow);
                model.addBoolOr(new Literal[] {metByNow.not(), metBefore, busy[t]});
                metByVars.put(key(p, t), metByNow);
                metBefore = metByNow;
            } else {
                metBefore = busy[t];
            }
        }
        return later;
    }

    /**
     * Redundant window reasoning for a one-day participant with k meetings: first and last slot; the window holds
     * k meetings and (last - first + 1 - k) idle slots; no idle slot means no break, any idle slot at least one, and
     * never more breaks than idle slots. It lets the solver propagate on windows instead of single slots.
     */
    private void window(int p, Literal[] busy, int meetings, LinearExprBuilder breaksOf) {
        int slots = busy.length;
        IntVar first = model.newIntVar(0, slots - 1, "f" + p);
        IntVar last = model.newIntVar(0, slots - 1, "l" + p);
        for (int t = 0; t < slots; t++) {
            if (busy[t] != null) {
                model.addLessOrEqual(first, t).onlyEnforceIf(busy[t]);
                model.addGreaterOrEqual(last, t).onlyEnforceIf(busy[t]);
            }
        }
        LinearExpr idle = LinearExpr.newBuilder().add(last).addTerm(first, -1).add(1 - meetings).build();
        model.addGreaterOrEqual(idle, 0);
        LinearExpr breaksHere = breaksOf.build();
        model.addLessOrEqual(breaksHere, idle);
        BoolVar gapped = model.newBoolVar("g" + p);
        model.addGreaterOrEqual(idle, 1).onlyEnforceIf(gapped);
        model.addEquality(idle, 0).onlyEnforceIf(gapped.not());
        model.addGreaterOrEqual(breaksHere, gapped);
        windows.put(p, new IntVar[] {first, last});
    }

    private final Map<Integer, IntVar[]> windows = new HashMap<>();
    private final Map<Integer, Literal[]> busyOf = new HashMap<>();
    private final Map<Integer, Integer> meetingCount = new HashMap<>();

    /**
     * The participant's meetings in one unbroken run of slots, encoded by the run's start: one Boolean per start
     * where a run of all its meetings fits (free slots, one day), exactly one true, and "meets in t" equal to the sum
     * of the starts whose run covers t. Only for required meetings, whose count per participant is known.
     */
    private void contiguous(int p, Literal exception) {
        Literal[] busy = busyOf.get(p);
        int k = meetingCount.get(p);
        List<Literal> runStarts = new ArrayList<>();
        List<List<Literal>> covering = new ArrayList<>();
        for (int t = 0; t < busy.length; t++) {
            covering.add(new ArrayList<>());
        }
        for (int s = 0; s + k <= busy.length; s++) {
            boolean fits = true;
            for (int t = s; t < s + k && fits; t++) {
                fits = busy[t] != null && (t == s || Breaks.sameDay(problem, t - 1, t));
            }
            if (fits) {
                BoolVar run = model.newBoolVar("w" + p + "_" + s);
                runStarts.add(run);
                for (int t = s; t < s + k; t++) {
                    covering.get(t).add(run);
                }
            }
        }
        if (exception == null) {
            model.addExactlyOne(runStarts);
            for (int t = 0; t < busy.length; t++) {
                if (busy[t] != null) {
                    model.addEquality(LinearExpr.sum(covering.get(t).toArray(Literal[]::new)), busy[t]);
                }
            }
            return;
        }
        // excepted: no run chosen and "meets in t" left free; otherwise exactly one run and "meets in t" = its cover
        runStarts.add(exception);
        model.addExactlyOne(runStarts);
        for (int t = 0; t < busy.length; t++) {
            if (busy[t] != null) {
                LinearExpr cover = LinearExpr.sum(covering.get(t).toArray(Literal[]::new));
                model.addLessOrEqual(cover, busy[t]);
                model.addLessOrEqual(busy[t], LinearExpr.newBuilder().add(cover).add(exception).build());
            }
        }
    }

    /**
     * All but at most {@code exceptions} participants meet in one unbroken run, encoded by the run's start (0: nobody
     * has a break, which proves "impossible" far faster than the block-start literals). Redundant
     * under "total breaks at most {@code exceptions}" (each participant with a break costs at least one), and strong
     * where that total is small: the solver reasons on whole runs for everyone else.
     */
    void contiguousExceptAtMost(int exceptions) {
        if (!problem.required()) {
            throw new IllegalStateException("runs are encoded for required meetings only");
        }
        List<Literal> excepted = new ArrayList<>();
        for (int p : busyOf.keySet()) {
            if (exceptions == 0) {
                contiguous(p, null);
            } else {
                BoolVar exception = model.newBoolVar("e" + p);
                excepted.add(exception);
                contiguous(p, exception);
            }
        }
        if (!excepted.isEmpty()) {
            model.addLessOrEqual(LinearExpr.sum(excepted.toArray(Literal[]::new)), exceptions);
        }
    }

    /** Every participant in one unbroken run except {@code exception}, whose meetings only the other constraints bind. */
    void contiguousExcept(int exception) {
        for (int p : busyOf.keySet()) {
            if (p != exception) {
                contiguous(p, null);
            }
        }
    }

    /** The participant's "meets in slot t" literal: its only candidate's, or a new one equal to their sum. */
    private Literal busy(List<Literal> here, int p, int t) {
        if (here.isEmpty()) {
            return null;
        }
        if (here.size() == 1) {
            return here.get(0);
        }
        BoolVar busy = model.newBoolVar("b" + p + "_" + t);
        model.addEquality(LinearExpr.sum(here.toArray(Literal[]::new)), busy);
        busyVars.put(key(p, t), busy);
        return busy;
    }

    private final Map<Long, BoolVar> busyVars = new HashMap<>();

    private final List<LinearExpr> breakLimits = new ArrayList<>();

    private LinearExpr slotExpr(int m) {
        LinearExprBuilder expr = LinearExpr.newBuilder();
        x.get(m).forEach((t, v) -> expr.addTerm(v, t));
        return expr.build();
    }

    private static long key(int p, int t) {
        return ((long) p << 32) | t;
    }

    /** No participant with more than {@code cap} breaks. */
    void capBreaks(int cap) {
        for (LinearExpr limit : breakLimits) {
            model.addLessOrEqual(limit, cap);
        }
    }

    void capTotalBreaks(int total) {
        model.addLessOrEqual(breaks.build(), total);
    }

    void requireWeightAtLeast(long weight) {
        model.addGreaterOrEqual(weightExpr(), weight);
    }

    void maximiseWeight() {
        model.maximize(weightExpr());
    }

    void minimiseBreaks() {
        model.minimize(breaks.build());
    }

    private LinearExpr weightExpr() {
        LinearExprBuilder weight = LinearExpr.newBuilder();
        for (int m = 0; m < placed.size(); m++) {
            weight.addTerm(placed.get(m), problem.candidate(m).weight());
        }
        return weight.build();
    }

    /** Hints a whole solution, blocks and days included, so that the solver starts from a complete assignment. */
    void hint(int[] slotOf) {
        model.clearHints();
        BitSet[] busy = new BitSet[problem.participants().size()];
        for (int p = 0; p < busy.length; p++) {
            busy[p] = new BitSet();
        }
        for (int m = 0; m < x.size(); m++) {
            for (var entry : x.get(m).entrySet()) {
                model.addHint(entry.getValue(), entry.getKey() == slotOf[m]);
            }
            if (placedVar.get(m) != null) {
                model.addHint(placedVar.get(m), slotOf[m] >= 0 && x.get(m).containsKey(slotOf[m]));
            }
            if (slotOf[m] >= 0) {
                busy[problem.candidate(m).a()].set(slotOf[m]);
                busy[problem.candidate(m).b()].set(slotOf[m]);
            }
        }
        windows.forEach((p, window) -> {
            if (!busy[p].isEmpty()) {
                model.addHint(window[0], busy[p].nextSetBit(0));
                model.addHint(window[1], busy[p].length() - 1);
            }
        });
        busyVars.forEach((key, busyVar) -> model.addHint(busyVar, busy[(int) (key >> 32)].get((int) (long) key)));
        starts.forEach((key, start) -> {
            int p = (int) (key >> 32);
            int t = (int) (long) key;
            boolean continues = t > 0 && Breaks.sameDay(problem, t - 1, t) && busy[p].get(t - 1);
            model.addHint(start, busy[p].get(t) && !continues);
        });
        metByVars.forEach((key, metBy) -> {
            int first = busy[(int) (key >> 32)].nextSetBit(0);
            model.addHint(metBy, first >= 0 && first <= (int) (long) key);
        });
        laterStartVars.forEach((key, later) -> {
            int p = (int) (key >> 32);
            int t = (int) (long) key;
            int first = busy[p].nextSetBit(0);
            model.addHint(later, busy[p].get(t) && !busy[p].get(t - 1) && first >= 0 && first < t);
        });
        daysUsed.forEach((key, used) -> {
            int p = (int) (key >> 32);
            int day = (int) (long) key;
            boolean any = false;
            for (int t = busy[p].nextSetBit(0); t >= 0; t = busy[p].nextSetBit(t + 1)) {
                any |= problem.slots().get(t).day() == day;
            }
            model.addHint(used, any);
        });
    }

    Result solve(SchedulingLimits limits, double seconds) {
        return solve(limits, seconds, Search.PORTFOLIO);
    }

    /**
     * A minimisation whose bound matters as much as its schedule: on several workers, CP-SAT's core-based search
     * (the MaxSAT way: cores of the objective's literals raise the bound) beside one search without the linear
     * relaxation, instead of the eight-worker portfolio that shares two cores between LP workers. With one worker (the
     * service's deterministic mode) the same as {@link #solve}.
     */
    Result solveWithCores(SchedulingLimits limits, double seconds) {
        return solve(limits, seconds, Search.CORES);
    }

    /** How a question is searched: see {@link #solve}, {@link #solveFeasibility}, {@link #solveWithCores}. */
    enum Search { PORTFOLIO, FEASIBILITY, CORES }

    /**
     * A question answered by any schedule or by "impossible" (its objective already pinned, e.g. total breaks ≤ 0):
     * searched without the linear relaxation, on two workers (one when the limits allow one) — "nobody has a break"
     * on forum-14.forb0003 and ticf-14crafa: found in 3–9 s this way, undecided after 30 s by the eight-worker
     * portfolio, whose LP workers share the two cores for nothing.
     */
    Result solveFeasibility(SchedulingLimits limits, double seconds) {
        return solve(limits, seconds, Search.FEASIBILITY);
    }

    Result solve(SchedulingLimits limits, double seconds, Search search) {
        boolean feasibility = search == Search.FEASIBILITY;
        long started = System.nanoTime();
        CpSolver solver = new CpSolver();
        var parameters = solver.getParameters();
        parameters.setNumWorkers(limits.workers());
        if (feasibility && limits.workers() > 1) {
            parameters.setNumWorkers(2);
            parameters.addSubsolvers("no_lp");
            parameters.addSubsolvers("quick_restart_no_lp");
        } else if (feasibility) {
            parameters.setLinearizationLevel(0);
        } else if (search == Search.CORES && limits.workers() > 1) {
            parameters.setNumWorkers(2);
            parameters.addSubsolvers("core");
            parameters.addSubsolvers("no_lp");
        }
        parameters.setRandomSeed(7);
        parameters.setLogSearchProgress(false);
        if (limits.deterministic()) {
            // About one deterministic second per second of this machine; the wall limit is the safety net.
            parameters.setMaxDeterministicTime(Math.max(0.05, seconds));
            parameters.setMaxTimeInSeconds(Math.max(0.1, seconds * 3));
        } else {
            parameters.setMaxTimeInSeconds(Math.max(0.05, seconds));
        }
        // experiments only: `CPSAT='param: value …' bench/scheduling …` merges CP-SAT parameters (text format)
        String extra = System.getProperty("scheduling.cpsat");
        if (extra != null) {
            try {
                com.google.protobuf.TextFormat.merge(extra, parameters);
            } catch (com.google.protobuf.TextFormat.ParseException e) {
                throw new IllegalArgumentException("scheduling.cpsat: " + e.getMessage(), e);
            }
        }
        CpSolverStatus status = solver.solve(model);
        int[] slotOf = new int[x.size()];
        java.util.Arrays.fill(slotOf, -1);
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            for (int m = 0; m < x.size(); m++) {
                for (var entry : x.get(m).entrySet()) {
                    if (solver.booleanValue(entry.getValue())) {
                        slotOf[m] = entry.getKey();
                    }
                }
            }
        }
        return new Result(status, slotOf, Math.round(solver.objectiveValue()), Math.round(solver.bestObjectiveBound()),
                (System.nanoTime() - started) / 1_000_000);
    }
}
