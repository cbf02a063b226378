package org.trademission.matching.schedule.solver;

import java.time.Duration;

/**
 * How long and how wide the exact solver may search. {@code deterministic}: one search worker and a deterministic
 * time budget, so that the same input gives the same schedule on any machine load (the service's choice); otherwise
 * eight workers race a portfolio of strategies (more strategies than cores pays off here) (the benchmark's choice, faster to prove optimality).
 */
public record SchedulingLimits(Duration timeLimit, int workers, boolean deterministic) {
    public static SchedulingLimits service(Duration timeLimit) {
        return new SchedulingLimits(timeLimit, 1, true);
    }

    public static SchedulingLimits portfolio(Duration timeLimit) {
        return new SchedulingLimits(timeLimit, 8, false);
    }
}
