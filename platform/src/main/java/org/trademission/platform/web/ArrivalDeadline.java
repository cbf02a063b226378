package org.trademission.platform.web;

import java.util.concurrent.TimeUnit;

/**
 * When a request body must have arrived: {@code baseSeconds} after its headers, and one second later for every
 * {@code minBytesPerSecond} bytes received by then (the rule of Apache's mod_reqtimeout, {@code body=60,MinRate=…}).
 * A body that keeps coming at least that fast is never cut off, however long it is (a 10 MB CRM file over a slow
 * link), while a client that trickles a few bytes now and then is answered 408 soon after the base deadline, as before.
 */
record ArrivalDeadline(long startedNanos, int baseSeconds, long minBytesPerSecond) {
    ArrivalDeadline {
        if (baseSeconds <= 0 || minBytesPerSecond <= 0) {
            throw new IllegalArgumentException("the base deadline and the minimum rate must be positive");
        }
    }

    /** Nanoseconds left at {@code nowNanos} for a body of which {@code received} bytes have arrived; ≤ 0: too late. */
    long nanosLeft(long nowNanos, long received) {
        long allowed = TimeUnit.SECONDS.toNanos(baseSeconds)
                + (long) (received * (1e9 / minBytesPerSecond));
        return startedNanos + allowed - nowNanos;
    }
}
