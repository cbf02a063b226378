package org.trademission.platform.web;

import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Holds a request body to its {@link ArrivalDeadline}: one Vert.x timer at a time, set again for the time the bytes
 * received since have earned, until the body is done (read whole, or answered) or late.
 */
final class ArrivalWatch {
    private final Vertx vertx;
    private final ArrivalDeadline deadline;
    private final LongSupplier received;
    private final BooleanSupplier done;
    private final Runnable late;
    private volatile boolean cancelled;
    private volatile long timer;

    private ArrivalWatch(Vertx vertx, ArrivalDeadline deadline, LongSupplier received, BooleanSupplier done,
            Runnable late) {
        this.vertx = vertx;
        this.deadline = deadline;
        this.received = received;
        this.done = done;
        this.late = late;
    }

    static ArrivalWatch start(Vertx vertx, ArrivalDeadline deadline, LongSupplier received, BooleanSupplier done,
            Runnable late) {
        ArrivalWatch watch = new ArrivalWatch(vertx, deadline, received, done, late);
        watch.wakeIn(deadline.nanosLeft(System.nanoTime(), 0));
        return watch;
    }

    void cancel() {
        cancelled = true;
        vertx.cancelTimer(timer);
    }

    private void wakeIn(long nanos) {
        timer = vertx.setTimer(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos) + 1), this::woken);
    }

    private void woken(long firedTimer) {
        if (cancelled || done.getAsBoolean()) {
            return;
        }
        long left = deadline.nanosLeft(System.nanoTime(), received.getAsLong());
        if (left > 0) {
            wakeIn(left);
        } else {
            late.run();
        }
    }
}
