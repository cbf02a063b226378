package org.trademission.matching.schedule.solver;

import com.google.ortools.sat.CpSolverStatus;
import java.util.stream.IntStream;

/**
 * Builds the best schedule it can prove: the flow bound and the Kempe colouring first (exact when nothing but the
 * room binds), then CP-SAT warm-started from them — first the most valuable placement, then, among placements worth
 * as much, the fewest breaks with no participant above the fairness limit. When that limit cannot be kept, the
 * schedule with the fewest breaks without it is returned and says so.
 */
public final class MeetingScheduler {
    private MeetingScheduler() {
    }

    private static final int LARGE = 2000;
    /** Shares of the time limit for (a) "nobody has a break" on required one-day problems: in all, and first. */
    private static final double NO_BREAK_SHARE = 0.4;
    private static final double NO_BREAK_FIRST_SHARE = 0.05;
    /** Where "no break" is impossible: a first glance at the minimisation (b), then (b') before the rest of (b). */
    private static final double GLANCE_SHARE = 0.1;
    private static final double EARLY_LONE_BREAK_SHARE = 0.2;

    public static SolvedSchedule solve(SchedulingProblem problem, SchedulingLimits limits) {
        long started = System.nanoTime();
        FlowBound flow = FlowBound.of(problem);
        double seconds = limits.timeLimit().toMillis() / 1000.0;
        // Large problems: CP-SAT finds no fewer breaks than the annealing in the time (docs/scheduling.md), so the
        // annealing gets the whole budget and CP-SAT is left out of the breaks.
        boolean large = problem.candidates().size() > LARGE;
        int[] warm = BreakRepair.improve(problem, KempeColouring.schedule(problem, flow.selected()),
                started + (long) (seconds * (large ? 0.3 : 0.1) * 1e9));
        if (!problem.required()) { // required problems anneal once CP-SAT has placed every meeting
            warm = anneal(problem, warm, moves(seconds) * (large ? 6 : 1), started, seconds);
        }
        if (problem.required()) {
            return required(problem, limits, warm, seconds, started);
        }
        int upper = flow.bound();
        int[] best = warm;
        boolean placementOptimal = placed(warm) == reachable(problem) || (uniform(problem) && placed(warm) == upper);
        String method = "colouring + annealing";
        if (!placementOptimal) {
            CpSatModel placement = new CpSatModel(problem);
            placement.maximiseWeight();
            placement.hint(warm);
            CpSatModel.Result result = placement.solve(limits, seconds * 0.4);
            if (result.found() && weight(problem, result.slotOf()) > weight(problem, warm)) {
                best = anneal(problem, result.slotOf(), moves(seconds), started, seconds);
                method = "cp-sat";
            }
            placementOptimal = result.status() == CpSolverStatus.OPTIMAL;
            if (placementOptimal && uniform(problem)) {
                upper = Math.min(upper, placed(best));
            }
        }
        long weight = weight(problem, best);
        Compact compact = large ? new Compact(null, 0, false)
                : compact(problem, best, weight, limits, started, seconds);
        if (compact.result() != null
                && Breaks.total(Breaks.perParticipant(problem, compact.result().slotOf()))
                        <= Breaks.total(Breaks.perParticipant(problem, best))) {
            best = compact.result().slotOf();
            method = "cp-sat";
        }
        int[] perParticipant = Breaks.perParticipant(problem, best);
        boolean fair = problem.maxBreaks() < 0 || IntStream.of(perParticipant).allMatch(b -> b <= problem.maxBreaks());
        int breaks = Breaks.total(perParticipant);
        boolean optimal = placementOptimal && fair && breaks <= compact.lowerBound();
        return new SolvedSchedule(best, optimal ? SolvedSchedule.Verdict.OPTIMAL : SolvedSchedule.Verdict.FEASIBLE,
                placed(best), Math.max(upper, placed(best)), breaks, Math.min(breaks, compact.lowerBound()),
                placementOptimal, fair, millis(started), method);
    }

    private record Compact(CpSatModel.Result result, int lowerBound, boolean infeasible) {
    }

    /**
     * Fewest breaks for a placement worth at least {@code weight}, as a series of searches the solver is good at
     * (see docs/scheduling.md): (a) a schedule where nobody has a break at all — a strong, local constraint (forum-13:
     * found in 1 s, where minimising the total directly stalled at 19 breaks after 10 s); (b) the total minimised
     * under the fairness limit from the hint, which gives a schedule and a proven lower bound; (c) "total ≤ B" for B
     * from the lower bound upwards, each a feasibility question: infeasible raises the bound, a schedule found at the
     * bound is optimal.
     * A non-required problem that cannot keep the fairness limit gets the fewest breaks without it.
     */
    private static Compact compact(SchedulingProblem problem, int[] hint, long weight, SchedulingLimits limits,
            long started, double seconds) {
        int limit = problem.maxBreaks() < 0 ? -1 : problem.maxBreaks();
        CpSatModel.Result best = null;
        int[] colouring = hint;
        boolean oneDay = problem.slots().stream().mapToInt(SchedulingProblem.Slot::day).distinct().count() <= 1;
        boolean runs = problem.required() && oneDay;
        CpSatModel.Result complete = null;
        if (problem.required()) {
            // the colouring may leave required meetings out: a complete schedule first (a feasibility question,
            // quick), annealed below, so that every search after (a) starts from a complete schedule with few breaks
            complete = complete(problem, hint, limit, limits, Math.max(0.05, seconds * 0.15));
            if (complete.status() == CpSolverStatus.INFEASIBLE) {
                return new Compact(null, 0, true);
            }
            if (complete.found() && complete.objective() == 0) {
                return new Compact(complete, 0, false);
            }
        }
        // (a) nobody has a break; with every meeting required, each participant's run of meetings is encoded by
        // where it starts, which proves "impossible" in a fraction of a second where the block-start literals did not,
        // and asked as a pure feasibility question (no linear relaxation), which finds such schedules far sooner.
        // Hinted with the colouring, not the annealed complete schedule: with the latter, forum-14.forb0003 and
        // ticf-14crafa.forb0003/original found no schedule without a break in time. Asked briefly before the
        // annealing (most answers, "impossible" or a schedule, come in well under a second), and again after it
        // with the rest of its share when still open: a question open after a second nearly always has a schedule
        // with no break (13 of the 16 open at 2 s), so it gets 40 % of the time in all (60 % left a first schedule
        // to (b) too late on ticf-14crafa.prec15).
        CpSatModel.Result zero = null;
        if (runs) {
            zero = noBreak(problem, colouring, weight, true, limits, seconds * NO_BREAK_FIRST_SHARE);
            if (zero.found() && zero.objective() == 0) {
                return new Compact(zero, 0, false);
            }
        }
        boolean noBreakImpossible = zero != null && zero.status() == CpSolverStatus.INFEASIBLE;
        if (complete != null && complete.found()) {
            // Where "no break" is proven impossible, a quarter of the moves: (b)'s core search takes the schedule on
            // from there (the forumt originals: annealed 2 s to 5 breaks, then proven optimal in 0.15 s; with a
            // quarter, 0.5 s to 5-8 and the same proof); where it is open, the whole count, which often reaches a
            // schedule with no break on its own (tic-14crafc.original: 1.5 s).
            best = annealed(problem, complete, moves(seconds) / (noBreakImpossible ? 4 : 1), seconds, started,
                    noBreakImpossible ? 1 : 0, 0);
            hint = best.slotOf();
            if (best.objective() == 0) {
                return new Compact(best, 0, false);
            }
        }
        if (zero == null || zero.status() == CpSolverStatus.UNKNOWN) {
            zero = noBreak(problem, colouring, weight, runs, limits,
                    seconds * (runs ? NO_BREAK_SHARE - NO_BREAK_FIRST_SHARE : 0.2));
            if (zero.found() && zero.objective() == 0) {
                return new Compact(zero, 0, false);
            }
        }
        int lowerBound = zero.status() == CpSolverStatus.INFEASIBLE ? 1 : 0;
        // (b) the total minimised under the fairness limit from the hint: a schedule to return, and a proven bound;
        // most of the time left, as CP-SAT's own bound workers close many instances here (the fixed040 variants:
        // optimal in ~3 s, where a quarter of the time and then the ladder from a weak bound reached none of them).
        // With a complete schedule in hand and one day, searched with cores (the objective is a plain sum of
        // literals there): most fixed020 variants are proven optimal in 1-5 s. Without a schedule yet, the
        // portfolio, whose LP workers find a first one where the core search did not (ticf-14crafa.prec15).
        // Where (a) ran out of time undecided (a schedule with no break most likely exists), (b) only a quarter, so
        // that the ladder's rung at 0 has the time to ask (a) again from (b)'s schedule.
        boolean zeroOpen = runs && zero.status() == CpSolverStatus.UNKNOWN;
        LoneBreak lone = runs ? new LoneBreak(problem, limits) : null;
        if (runs && lowerBound == 1 && best != null) {
            // (b0) where "no break" is impossible, a glance at (b) first (a tenth of the limit): it proves most
            // optima at once (the forumt originals: 0.15 s) or raises the bound to 2 and more (the fixed variants);
            // where its bound stays at 0 (the crafc variants, whose core bound stays 0 through all of (b)), (b')
            // gets a fifth of the limit before (b) rather than the 1-2 s left after it, and resumes after (b)
            CpSatModel.Result glance = search(problem, hint, weight, limit, -1, -1, limits,
                    Math.max(0.05, seconds * GLANCE_SHARE), CpSatModel.Search.CORES);
            if (glance.found()) {
                lowerBound = Math.max(lowerBound, (int) Math.min(glance.bound(), glance.objective()));
                if (glance.objective() < best.objective()) {
                    best = glance;
                    hint = best.slotOf();
                }
                if (best.objective() <= lowerBound) {
                    return new Compact(best, lowerBound, false);
                }
            }
            if (lowerBound == 1 && best.objective() > 1) {
                CpSatModel.Result early = lone.resume(best.slotOf(),
                        System.nanoTime() + (long) (seconds * EARLY_LONE_BREAK_SHARE * 1e9));
                if (early.found()) {
                    return new Compact(early, 1, false);
                }
                if (early.status() == CpSolverStatus.INFEASIBLE) {
                    lowerBound = 2;
                }
            }
        }
        CpSatModel.Result first = search(problem, hint, weight, limit, -1, -1, limits,
                Math.max(0.05, (seconds - elapsed(started)) * (zeroOpen ? 0.25 : 0.6)),
                runs && best != null ? CpSatModel.Search.CORES : CpSatModel.Search.PORTFOLIO);
        if (first.status() == CpSolverStatus.INFEASIBLE && problem.required()) {
            return new Compact(null, lowerBound, true);
        }
        if (first.found()) {
            lowerBound = Math.max(lowerBound, (int) Math.min(first.bound(), first.objective()));
            CpSatModel.Result annealed = annealed(problem, first, seconds, started, lowerBound);
            if (best == null || annealed.objective() < best.objective()) {
                best = annealed;
            }
        }
        // (b') one break in all, where none is impossible: asked participant by participant (LoneBreak), which
        // settles what neither (b) nor the ladder's "total ≤ 1" does on the crafc variants (their core bound stays 0)
        if (runs && lowerBound == 1 && best != null && best.objective() > 1) {
            CpSatModel.Result resumed = lone.resume(best.slotOf(),
                    started + (long) ((elapsed(started) + (seconds - elapsed(started)) * 0.8) * 1e9));
            if (resumed.found()) {
                return new Compact(resumed, 1, false);
            }
            if (resumed.status() == CpSolverStatus.INFEASIBLE) {
                lowerBound = 2;
            }
        }
        // (c) "total ≤ B, nobody above min(B, limit)" from the bound up, most of the time left to each rung: when
        // the bound is the optimum (most instances), this is where the schedule at the bound is found; on required
        // one-day problems the rung at the proven bound is a pure feasibility question (atBound)
        int target = lowerBound;
        int round = 0;
        while (seconds - elapsed(started) > 0.05 && (best == null || target < best.objective())) {
            double left = seconds - elapsed(started);
            int cap = limit < 0 ? target : Math.min(target, limit);
            double rung = Math.max(0.05, Math.min(left, Math.max(1.0, left * 0.6)));
            CpSatModel.Result attempt = runs && best != null && target == lowerBound
                    ? atBound(problem, best.slotOf(), cap, target, limits, rung)
                    : search(problem, best != null ? best.slotOf() : hint, weight, cap, target, runs ? target : -1,
                            limits, rung);
            if (attempt.status() == CpSolverStatus.INFEASIBLE) {
                if (cap == target || limit < 0) {
                    lowerBound = Math.max(lowerBound, target + 1);
                } else if (cap == limit && problem.required() && target >= limit * participantsWithMeetings(problem)) {
                    return new Compact(null, lowerBound, true);
                }
                target++;
            } else if (attempt.found()) {
                best = attempt.objective() <= lowerBound ? attempt
                        : annealed(problem, attempt, seconds, started, lowerBound, ++round);
                if (best.objective() <= lowerBound) {
                    break;
                }
                target = lowerBound;
            } else if (best == null) {
                target = target + Math.max(1, target / 2);
            } else {
                // out of time unproven: rearrange neighbourhoods of the schedule in hand, reheat the annealing from
                // it, and ask halfway to it — unless the limit is reached, as no rung would follow (the reheat ran
                // 0.2-0.5 s past the limit, and 1 of 44 reheats in a full benchmark run found a better schedule)
                if (seconds - elapsed(started) <= 0.05) {
                    break;
                }
                best = neighbourhoods(problem, best, weight, limit, limits, started, seconds, round);
                best = annealed(problem, best, seconds, started, lowerBound, ++round);
                target = Math.max(lowerBound + 1, (target + (int) best.objective()) / 2);
            }
            if (limit >= 0 && target > limit * participantsWithMeetings(problem) && best == null) {
                break;
            }
        }
        if (best == null && seconds - elapsed(started) > 0.05) {
            CpSatModel.Result minimised = search(problem, hint, weight, limit, -1, -1, limits,
                    Math.max(0.05, seconds - elapsed(started)));
            if (minimised.status() == CpSolverStatus.INFEASIBLE) {
                if (problem.required()) {
                    return new Compact(null, lowerBound, true);
                }
                CpSatModel.Result unfair = search(problem, hint, weight, -1, -1, -1, limits,
                        Math.max(0.05, seconds - elapsed(started)));
                return new Compact(unfair.found() ? unfair : null, lowerBound, false);
            }
            if (minimised.found()) {
                best = minimised;
                lowerBound = Math.max(lowerBound, (int) Math.min(minimised.bound(), minimised.objective()));
            }
        }
        return new Compact(best, lowerBound, false);
    }

    /**
     * The annealing's moves for a time limit: a count, not a clock, so that the same input gives the same schedule;
     * about a tenth of the limit on this machine (the deadline is only the safety net).
     */
    private static long moves(double seconds) {
        return (long) (seconds * 120_000);
    }

    private static int[] anneal(SchedulingProblem problem, int[] start, long moves, long started, double seconds) {
        return BreakAnnealing.improve(problem, start, moves, annealingDeadline(moves, started, seconds));
    }

    /**
     * The safety net of an annealing run, counted from its own start: twenty times what its moves take here, and never
     * past twice the time limit. Counted from the solve's start instead, a run that began late (after a long CP-SAT
     * placement) was cut before its first move, and the schedule kept every break CP-SAT left (125 instead of ~30 on
     * a 200-request mission with a 1 s limit), differently from one machine load to the next.
     */
    private static long annealingDeadline(long moves, long started, double seconds) {
        return Math.min(System.nanoTime() + moves * 20_000, started + (long) (seconds * 2e9));
    }

    /** A CP-SAT schedule, annealed when that lowers its breaks and keeps every rule (the fairness limit too). */
    private static CpSatModel.Result annealed(SchedulingProblem problem, CpSatModel.Result found, double seconds,
            long started, int floor) {
        return annealed(problem, found, seconds, started, floor, 0);
    }

    /**
     * Round 0 anneals with the full count of moves; later rounds reheat with a quarter of it and another seed. Each
     * stops at the proven lower bound {@code floor}; the end of the time limit is the safety net.
     */
    private static CpSatModel.Result annealed(SchedulingProblem problem, CpSatModel.Result found, double seconds,
            long started, int floor, int round) {
        return annealed(problem, found, moves(seconds) / (round == 0 ? 1 : 4), seconds, started, floor, round);
    }

    private static CpSatModel.Result annealed(SchedulingProblem problem, CpSatModel.Result found, long moves,
            double seconds, long started, int floor, int round) {
        int[] annealed = BreakAnnealing.improve(problem, found.slotOf(), moves,
                annealingDeadline(moves, started, seconds), round, floor);
        int breaks = Breaks.total(Breaks.perParticipant(problem, annealed));
        if (breaks < found.objective() && ScheduleCheck.violations(problem, annealed).isEmpty()) {
            return new CpSatModel.Result(CpSolverStatus.FEASIBLE, annealed, breaks, found.bound(), found.millis());
        }
        return found;
    }

    private static int participantsWithMeetings(SchedulingProblem problem) {
        java.util.Set<Integer> people = new java.util.HashSet<>();
        problem.candidates().forEach(c -> {
            people.add(c.a());
            people.add(c.b());
        });
        return people.size();
    }

    /** One CP-SAT search: fewest breaks with each participant at most {@code cap} (-1: no cap), total at most
     * {@code total} (-1: none), the placement worth at least {@code weight} (ignored for required problems), and all
     * but at most {@code runsExcept} participants in one unbroken run (-1: not asked; required one-day problems only);
     * {@code how}: the CP-SAT search ({@link CpSatModel.Search}). */
    private static CpSatModel.Result search(SchedulingProblem problem, int[] hint, long weight, int cap, int total,
            int runsExcept, SchedulingLimits limits, double seconds) {
        return search(problem, hint, weight, cap, total, runsExcept, limits, seconds, CpSatModel.Search.PORTFOLIO);
    }

    private static CpSatModel.Result search(SchedulingProblem problem, int[] hint, long weight, int cap, int total,
            int runsExcept, SchedulingLimits limits, double seconds, CpSatModel.Search how) {
        CpSatModel model = new CpSatModel(problem);
        if (runsExcept >= 0) {
            model.contiguousExceptAtMost(runsExcept);
        }
        if (!problem.required()) {
            model.requireWeightAtLeast(weight);
        }
        if (cap >= 0) {
            model.capBreaks(cap);
        }
        if (total >= 0) {
            model.capTotalBreaks(total);
        }
        model.minimiseBreaks();
        if (hint != null) {
            model.hint(hint);
        }
        return model.solve(limits, seconds, how);
    }

    /**
     * (a) "nobody has a break": on required one-day problems with the run-start encoding, as a pure feasibility
     * question; otherwise by the portfolio.
     */
    private static CpSatModel.Result noBreak(SchedulingProblem problem, int[] colouring, long weight, boolean runs,
            SchedulingLimits limits, double seconds) {
        return search(problem, colouring, weight, 0, 0, runs ? 0 : -1, limits, Math.max(0.05, seconds),
                runs ? CpSatModel.Search.FEASIBILITY : CpSatModel.Search.PORTFOLIO);
    }

    /**
     * Large-neighbourhood steps for a share of the time left: each frees the meetings around two participants with
     * breaks ({@link BreakNeighbourhood}) and asks CP-SAT for fewer breaks there, the rest fixed.
     */
    private static CpSatModel.Result neighbourhoods(SchedulingProblem problem, CpSatModel.Result best, long weight,
            int limit, SchedulingLimits limits, long started, double seconds, int round) {
        double until = elapsed(started) + (seconds - elapsed(started)) * 0.3;
        for (int step = 0; step < 20 && elapsed(started) < until && best.objective() > 0; step++) {
            SchedulingProblem around = BreakNeighbourhood.around(problem, best.slotOf(), round * 1000 + step, 2);
            if (around == null) {
                break;
            }
            CpSatModel.Result better = search(around, best.slotOf(), weight, limit, (int) best.objective() - 1,
                    -1, limits, Math.max(0.05, Math.min(0.5, until - elapsed(started))));
            if (better.found() && ScheduleCheck.violations(problem, better.slotOf()).isEmpty()) {
                int breaks = Breaks.total(Breaks.perParticipant(problem, better.slotOf()));
                if (breaks < best.objective()) {
                    best = new CpSatModel.Result(CpSolverStatus.FEASIBLE, better.slotOf(), breaks, best.bound(),
                            best.millis());
                }
            }
        }
        return best;
    }

    /**
     * "Total ≤ the proven bound" on a required one-day problem: any schedule is optimal, so asked with no objective and
     * without the linear relaxation, and the search stops at the first schedule (with the objective, the portfolio
     * went on looking for a better one it could not prove absent); its objective is its breaks.
     */
    static CpSatModel.Result atBound(SchedulingProblem problem, int[] hint, int cap, int total,
            SchedulingLimits limits, double seconds) {
        CpSatModel model = new CpSatModel(problem);
        model.contiguousExceptAtMost(total);
        model.capBreaks(cap);
        model.capTotalBreaks(total);
        model.hint(hint);
        return withBreaks(problem, model.solve(limits, seconds, CpSatModel.Search.FEASIBILITY));
    }

    private static CpSatModel.Result withBreaks(SchedulingProblem problem, CpSatModel.Result result) {
        if (!result.found()) {
            return result;
        }
        int breaks = Breaks.total(Breaks.perParticipant(problem, result.slotOf()));
        return new CpSatModel.Result(result.status() == CpSolverStatus.OPTIMAL ? CpSolverStatus.FEASIBLE
                : result.status(), result.slotOf(), breaks, 0, result.millis());
    }

    /** Any schedule of every required meeting under the fairness limit; its objective is its breaks. */
    private static CpSatModel.Result complete(SchedulingProblem problem, int[] hint, int limit,
            SchedulingLimits limits, double seconds) {
        CpSatModel model = new CpSatModel(problem);
        if (limit >= 0) {
            model.capBreaks(limit);
        }
        model.hint(hint);
        // without the linear relaxation: ticf-14crafa.prec15's first complete schedule in ~1 s, where the portfolio
        // took 2.5 s or found none in 5 s
        return withBreaks(problem, model.solve(limits, seconds, CpSatModel.Search.FEASIBILITY));
    }

    private static SolvedSchedule required(SchedulingProblem problem, SchedulingLimits limits, int[] warm,
            double seconds, long started) {
        Compact compact = compact(problem, warm, 0, limits, started, seconds);
        int all = problem.candidates().size();
        if (compact.result() == null) {
            int[] none = new int[all];
            java.util.Arrays.fill(none, -1);
            SolvedSchedule.Verdict verdict = compact.infeasible() ? SolvedSchedule.Verdict.INFEASIBLE
                    : SolvedSchedule.Verdict.UNKNOWN;
            return new SolvedSchedule(none, verdict, 0, compact.infeasible() ? 0 : all, 0, compact.lowerBound(),
                    compact.infeasible(), false, millis(started), "cp-sat");
        }
        int[] slotOf = compact.result().slotOf();
        int breaks = Breaks.total(Breaks.perParticipant(problem, slotOf));
        SolvedSchedule.Verdict verdict = breaks <= compact.lowerBound() ? SolvedSchedule.Verdict.OPTIMAL
                : SolvedSchedule.Verdict.FEASIBLE;
        return new SolvedSchedule(slotOf, verdict, all, all, breaks, Math.min(breaks, compact.lowerBound()), true,
                true, millis(started), "cp-sat");
    }

    /** Candidates that have at least one slot their participants can both use. */
    static int reachable(SchedulingProblem problem) {
        return (int) IntStream.range(0, problem.candidates().size()).filter(m -> !problem.domain(m).isEmpty()).count();
    }

    private static boolean uniform(SchedulingProblem problem) {
        return problem.candidates().stream().mapToLong(SchedulingProblem.Candidate::weight).distinct().count() <= 1;
    }

    static int placed(int[] slotOf) {
        return (int) IntStream.of(slotOf).filter(t -> t >= 0).count();
    }

    static long weight(SchedulingProblem problem, int[] slotOf) {
        long weight = 0;
        for (int m = 0; m < slotOf.length; m++) {
            if (slotOf[m] >= 0) {
                weight += problem.candidate(m).weight();
            }
        }
        return weight;
    }

    private static double elapsed(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** For callers that want the colouring alone (the benchmark's middle column). */
    public static int[] colouring(SchedulingProblem problem) {
        return KempeColouring.schedule(problem, FlowBound.of(problem).selected());
    }
}
