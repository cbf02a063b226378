package org.trademission.matching.schedule.solver;

/**
 * A schedule and what is known about it.
 *
 * @param slotOf           the slot of each candidate, -1 when not placed
 * @param verdict          OPTIMAL: placement and breaks both proven optimal; FEASIBLE: a valid schedule, not proven
 *                         optimal; INFEASIBLE: proven that no schedule places every required meeting; UNKNOWN: no
 *                         schedule found in time for a problem whose meetings are all required
 * @param upperBound       a proven bound on how many candidates any schedule could place
 * @param breaksLowerBound a proven bound below the total breaks of any schedule placing as much
 * @param fairnessKept     no participant has more breaks than the problem's maximum
 * @param method           which step produced the schedule (colouring, cp-sat)
 */
public record SolvedSchedule(int[] slotOf, Verdict verdict, int placed, int upperBound, int breaks,
        int breaksLowerBound, boolean placementOptimal, boolean fairnessKept, long millis, String method) {

    public enum Verdict { OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN }

    public boolean optimal() {
        return verdict == Verdict.OPTIMAL;
    }
}
