package org.trademission.matching.schedule.solver;

import com.google.ortools.sat.CpSolverStatus;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Fewest breaks for a placement worth at least {@code weight}, as a series of searches the solver is good at (see
 * docs/scheduling.md, "How" 3): (0) any complete schedule, on required problems; (a) a schedule where nobody has a
 * break at all — a strong, local constraint (forum-13: found in 1 s, where minimising the total directly stalled at
 * 19 breaks after 10 s); (b) the total minimised under the fairness limit from the hint, which gives a schedule and a
 * proven lower bound; (b') one break in all, participant by participant ({@link LoneBreak}); (c) "total ≤ B" for B
 * from the lower bound upwards, each a feasibility question: infeasible raises the bound, a schedule found at the
 * bound is optimal. Each step ends the climb when it settles the question. A non-required problem that cannot keep
 * the fairness limit gets the fewest breaks without it.
 */
final class BreakLadder {
    /** Shares of the time limit for (a) "nobody has a break" on required one-day problems: in all, and first. */
    private static final double NO_BREAK_SHARE = 0.4;
    private static final double NO_BREAK_FIRST_SHARE = 0.05;
    /** Where "no break" is impossible: a first glance at the minimisation (b), then (b') before the rest of (b). */
    private static final double GLANCE_SHARE = 0.1;
    private static final double EARLY_LONE_BREAK_SHARE = 0.2;

    /** The schedule with the fewest breaks found (null: none), the proven bound, and whether none exists at all. */
    record Outcome(CpSatModel.Result result, int lowerBound, boolean infeasible) {
        static Outcome provenInfeasible(int lowerBound) {
            return new Outcome(null, lowerBound, true);
        }
    }

    private final SchedulingProblem problem;
    private final SchedulingLimits limits;
    private final long started;
    private final double seconds;
    private final long weight;
    /** The fairness limit, -1 for none. */
    private final int limit;
    private final int[] colouring;
    /** Every meeting required on one day: the run-start encoding, (b'), the core search and the rung at the bound. */
    private final boolean runs;
    private final LoneBreak lone;

    private int[] hint;
    private CpSatModel.Result complete;
    private CpSatModel.Result zero;
    private CpSatModel.Result best;
    private int lowerBound;

    private BreakLadder(SchedulingProblem problem, int[] hint, long weight, SchedulingLimits limits, long started,
            double seconds) {
        this.problem = problem;
        this.limits = limits;
        this.started = started;
        this.seconds = seconds;
        this.weight = weight;
        this.limit = problem.maxBreaks() < 0 ? -1 : problem.maxBreaks();
        this.colouring = hint;
        this.hint = hint;
        boolean oneDay = problem.slots().stream().mapToInt(SchedulingProblem.Slot::day).distinct().count() <= 1;
        this.runs = problem.required() && oneDay;
        this.lone = runs ? new LoneBreak(problem, limits) : null;
    }

    /** Climbs from {@code hint} within {@code seconds} of {@code started}. */
    static Outcome climb(SchedulingProblem problem, int[] hint, long weight, SchedulingLimits limits, long started,
            double seconds) {
        return new BreakLadder(problem, hint, weight, limits, started, seconds).climb();
    }

    private Outcome climb() {
        return completeSchedule()
                .or(this::noBreakFirst)
                .or(this::annealComplete)
                .or(this::noBreakRest)
                .or(this::glanceThenLoneBreak)
                .or(this::minimise)
                .or(this::loneBreakResumed)
                .or(this::rungs)
                .orElseGet(this::lastResort);
    }

    /**
     * (0) On required problems the colouring may leave meetings out: a complete schedule first (a feasibility
     * question, quick), annealed below, so that every search after (a) starts from a complete schedule with few breaks.
     */
    private Optional<Outcome> completeSchedule() {
        if (!problem.required()) {
            return Optional.empty();
        }
        complete = BreakQuestions.complete(problem, hint, limit, limits, Math.max(0.05, seconds * 0.15));
        if (complete.status() == CpSolverStatus.INFEASIBLE) {
            return Optional.of(Outcome.provenInfeasible(0));
        }
        return complete.found() && complete.objective() == 0 ? settled(complete, 0) : Optional.empty();
    }

    /**
     * (a) nobody has a break; with every meeting required, each participant's run of meetings is encoded by where it
     * starts, which proves "impossible" in a fraction of a second where the block-start literals did not, and asked as
     * a pure feasibility question (no linear relaxation), which finds such schedules far sooner. Hinted with the
     * colouring, not the annealed complete schedule: with the latter, forum-14.forb0003 and ticf-14crafa.forb0003/
     * original found no schedule without a break in time. Asked briefly before the annealing (most answers,
     * "impossible" or a schedule, come in well under a second), and again after it with the rest of its share when
     * still open: a question open after a second nearly always has a schedule with no break (13 of the 16 open at
     * 2 s), so it gets 40 % of the time in all (60 % left a first schedule to (b) too late on ticf-14crafa.prec15).
     */
    private Optional<Outcome> noBreakFirst() {
        if (!runs) {
            return Optional.empty();
        }
        zero = BreakQuestions.noBreak(problem, colouring, weight, true, limits, seconds * NO_BREAK_FIRST_SHARE);
        return zero.found() && zero.objective() == 0 ? settled(zero, 0) : Optional.empty();
    }

    /**
     * The complete schedule annealed. Where "no break" is proven impossible, a quarter of the moves: (b)'s core search
     * takes the schedule on from there (the forumt originals: annealed 2 s to 5 breaks, then proven optimal in 0.15 s;
     * with a quarter, 0.5 s to 5-8 and the same proof); where it is open, the whole count, which often reaches a
     * schedule with no break on its own (tic-14crafc.original: 1.5 s).
     */
    private Optional<Outcome> annealComplete() {
        if (complete == null || !complete.found()) {
            return Optional.empty();
        }
        boolean noBreakImpossible = zero != null && zero.status() == CpSolverStatus.INFEASIBLE;
        best = annealed(complete, BreakAnnealing.movesFor(seconds) / (noBreakImpossible ? 4 : 1),
                noBreakImpossible ? 1 : 0, 0);
        hint = best.slotOf();
        return best.objective() == 0 ? settled(best, 0) : Optional.empty();
    }

    /** (a) again with the rest of its share when still open (or first, where it was not asked early); the first bound. */
    private Optional<Outcome> noBreakRest() {
        if (zero == null || zero.status() == CpSolverStatus.UNKNOWN) {
            zero = BreakQuestions.noBreak(problem, colouring, weight, runs, limits,
                    seconds * (runs ? NO_BREAK_SHARE - NO_BREAK_FIRST_SHARE : 0.2));
            if (zero.found() && zero.objective() == 0) {
                return settled(zero, 0);
            }
        }
        lowerBound = zero.status() == CpSolverStatus.INFEASIBLE ? 1 : 0;
        return Optional.empty();
    }

    /**
     * (b0) Where "no break" is impossible, a glance at (b) first (a tenth of the limit): it proves most optima at once
     * (the forumt originals: 0.15 s) or raises the bound to 2 and more (the fixed variants); where its bound stays at
     * 0 (the crafc variants, whose core bound stays 0 through all of (b)), (b') gets a fifth of the limit before (b)
     * rather than the 1-2 s left after it, and resumes after (b).
     */
    private Optional<Outcome> glanceThenLoneBreak() {
        if (!runs || lowerBound != 1 || best == null) {
            return Optional.empty();
        }
        CpSatModel.Result glance = BreakQuestions.search(problem, hint, weight, limit, -1, -1, limits,
                Math.max(0.05, seconds * GLANCE_SHARE), CpSatModel.Search.CORES);
        if (glance.found()) {
            lowerBound = Math.max(lowerBound, (int) Math.min(glance.bound(), glance.objective()));
            if (glance.objective() < best.objective()) {
                best = glance;
                hint = best.slotOf();
            }
            if (best.objective() <= lowerBound) {
                return settled(best, lowerBound);
            }
        }
        if (lowerBound == 1 && best.objective() > 1) {
            return loneBreak(System.nanoTime() + (long) (seconds * EARLY_LONE_BREAK_SHARE * 1e9));
        }
        return Optional.empty();
    }

    /**
     * (b) The total minimised under the fairness limit from the hint: a schedule to return, and a proven bound; most of
     * the time left, as CP-SAT's own bound workers close many instances here (the fixed040 variants: optimal in ~3 s,
     * where a quarter of the time and then the ladder from a weak bound reached none of them). With a complete
     * schedule in hand and one day, searched with cores (the objective is a plain sum of literals there): most
     * fixed020 variants are proven optimal in 1-5 s. Without a schedule yet, the portfolio, whose LP workers find a
     * first one where the core search did not (ticf-14crafa.prec15). Where (a) ran out of time undecided (a schedule
     * with no break most likely exists), (b) only a quarter, so that the ladder's rung at 0 has the time to ask (a)
     * again from (b)'s schedule.
     */
    private Optional<Outcome> minimise() {
        boolean zeroOpen = runs && zero.status() == CpSolverStatus.UNKNOWN;
        CpSatModel.Result first = BreakQuestions.search(problem, hint, weight, limit, -1, -1, limits,
                Math.max(0.05, (seconds - elapsed()) * minimiseShare(zeroOpen)),
                runs && best != null ? CpSatModel.Search.CORES : CpSatModel.Search.PORTFOLIO);
        if (first.status() == CpSolverStatus.INFEASIBLE && problem.required()) {
            return Optional.of(Outcome.provenInfeasible(lowerBound));
        }
        if (first.found()) {
            lowerBound = Math.max(lowerBound, (int) Math.min(first.bound(), first.objective()));
            CpSatModel.Result annealed = annealed(first, lowerBound, 0);
            if (best == null || annealed.objective() < best.objective()) {
                best = annealed;
            }
        }
        return Optional.empty();
    }

    /**
     * Where (a) is open, a quarter (the rung at 0 asks it again); where the bound is 1, 60 % ((b') resumes after (b) and
     * settles the crafc variants); from a bound of 2, 90 %: the core search is then the step that finds the optimum
     * (the crafb originals: 4.7-8 s of it), and in a traced full run no rung after it settled an instance.
     */
    private double minimiseShare(boolean zeroOpen) {
        if (zeroOpen) {
            return 0.25;
        }
        return lowerBound >= 2 ? 0.9 : 0.6;
    }

    /**
     * (b') One break in all, where none is impossible: asked participant by participant, which settles what neither
     * (b) nor the ladder's "total ≤ 1" does on the crafc variants (their core bound stays 0); resumed from the early
     * round of {@link #glanceThenLoneBreak}, until 80 % of the time left.
     */
    private Optional<Outcome> loneBreakResumed() {
        if (!runs || lowerBound != 1 || best == null || best.objective() <= 1) {
            return Optional.empty();
        }
        return loneBreak(started + (long) ((elapsed() + (seconds - elapsed()) * 0.8) * 1e9));
    }

    private Optional<Outcome> loneBreak(long deadline) {
        CpSatModel.Result found = lone.resume(best.slotOf(), deadline);
        if (found.found()) {
            return settled(found, 1);
        }
        if (found.status() == CpSolverStatus.INFEASIBLE) {
            lowerBound = 2;
        }
        return Optional.empty();
    }

    /**
     * (c) "Total ≤ B, nobody above min(B, limit)" from the bound up, most of the time left to each rung: when the bound
     * is the optimum (most instances), this is where the schedule at the bound is found; on required one-day problems
     * the rung at the proven bound is a pure feasibility question ({@link BreakQuestions#atBound}).
     */
    private Optional<Outcome> rungs() {
        int target = lowerBound;
        int round = 0;
        while (seconds - elapsed() > 0.05 && (best == null || target < best.objective())) {
            double left = seconds - elapsed();
            int cap = limit < 0 ? target : Math.min(target, limit);
            double rung = Math.max(0.05, Math.min(left, Math.max(1.0, left * 0.6)));
            CpSatModel.Result attempt = runs && best != null && target == lowerBound
                    ? BreakQuestions.atBound(problem, best.slotOf(), cap, target, limits, rung)
                    : BreakQuestions.search(problem, best != null ? best.slotOf() : hint, weight, cap, target,
                            runs ? target : -1, limits, rung);
            if (attempt.status() == CpSolverStatus.INFEASIBLE) {
                if (cap == target || limit < 0) {
                    lowerBound = Math.max(lowerBound, target + 1);
                } else if (cap == limit && problem.required() && target >= limit * participantsWithMeetings()) {
                    return Optional.of(Outcome.provenInfeasible(lowerBound));
                }
                target++;
            } else if (attempt.found()) {
                best = attempt.objective() <= lowerBound ? attempt : annealed(attempt, lowerBound, ++round);
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
                if (seconds - elapsed() <= 0.05) {
                    break;
                }
                best = neighbourhoods(round);
                best = annealed(best, lowerBound, ++round);
                target = Math.max(lowerBound + 1, (target + (int) best.objective()) / 2);
            }
            if (limit >= 0 && target > limit * participantsWithMeetings() && best == null) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Nothing found yet: the total minimised with the time left, and without the fairness limit if it cannot hold. */
    private Outcome lastResort() {
        if (best == null && seconds - elapsed() > 0.05) {
            CpSatModel.Result minimised = BreakQuestions.search(problem, hint, weight, limit, -1, -1, limits,
                    Math.max(0.05, seconds - elapsed()));
            if (minimised.status() == CpSolverStatus.INFEASIBLE) {
                if (problem.required()) {
                    return Outcome.provenInfeasible(lowerBound);
                }
                CpSatModel.Result unfair = BreakQuestions.search(problem, hint, weight, -1, -1, -1, limits,
                        Math.max(0.05, seconds - elapsed()));
                return new Outcome(unfair.found() ? unfair : null, lowerBound, false);
            }
            if (minimised.found()) {
                best = minimised;
                lowerBound = Math.max(lowerBound, (int) Math.min(minimised.bound(), minimised.objective()));
            }
        }
        return new Outcome(best, lowerBound, false);
    }

    /**
     * Large-neighbourhood steps for a share of the time left: each frees the meetings around two participants with
     * breaks ({@link BreakNeighbourhood}) and asks CP-SAT for fewer breaks there, the rest fixed.
     */
    private CpSatModel.Result neighbourhoods(int round) {
        CpSatModel.Result improved = best;
        double until = elapsed() + (seconds - elapsed()) * 0.3;
        for (int step = 0; step < 20 && elapsed() < until && improved.objective() > 0; step++) {
            SchedulingProblem around = BreakNeighbourhood.around(problem, improved.slotOf(), round * 1000 + step, 2);
            if (around == null) {
                break;
            }
            CpSatModel.Result better = BreakQuestions.search(around, improved.slotOf(), weight, limit,
                    (int) improved.objective() - 1, -1, limits, Math.max(0.05, Math.min(0.5, until - elapsed())));
            if (better.found() && ScheduleCheck.violations(problem, better.slotOf()).isEmpty()) {
                int breaks = Breaks.total(Breaks.perParticipant(problem, better.slotOf()));
                if (breaks < improved.objective()) {
                    improved = new CpSatModel.Result(CpSolverStatus.FEASIBLE, better.slotOf(), breaks,
                            improved.bound(), improved.millis());
                }
            }
        }
        return improved;
    }

    /**
     * A CP-SAT schedule, annealed when that lowers its breaks and keeps every rule (the fairness limit too). Round 0
     * anneals with the full count of moves; later rounds reheat with a quarter of it and another seed. Each stops at
     * the proven lower bound {@code floor}; the end of the time limit is the safety net.
     */
    private CpSatModel.Result annealed(CpSatModel.Result found, int floor, int round) {
        return annealed(found, BreakAnnealing.movesFor(seconds) / (round == 0 ? 1 : 4), floor, round);
    }

    private CpSatModel.Result annealed(CpSatModel.Result found, long moves, int floor, int round) {
        int[] annealed = BreakAnnealing.improve(problem, found.slotOf(), moves,
                BreakAnnealing.deadline(moves, started, seconds), round, floor);
        int breaks = Breaks.total(Breaks.perParticipant(problem, annealed));
        if (breaks < found.objective() && ScheduleCheck.violations(problem, annealed).isEmpty()) {
            return new CpSatModel.Result(CpSolverStatus.FEASIBLE, annealed, breaks, found.bound(), found.millis());
        }
        return found;
    }

    private int participantsWithMeetings() {
        Set<Integer> people = new HashSet<>();
        problem.candidates().forEach(c -> {
            people.add(c.a());
            people.add(c.b());
        });
        return people.size();
    }

    private static Optional<Outcome> settled(CpSatModel.Result result, int lowerBound) {
        return Optional.of(new Outcome(result, lowerBound, false));
    }

    private double elapsed() {
        return (System.nanoTime() - started) / 1e9;
    }
}
