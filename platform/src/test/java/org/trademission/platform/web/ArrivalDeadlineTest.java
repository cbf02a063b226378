package org.trademission.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ArrivalDeadlineTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
    private final ArrivalDeadline deadline = new ArrivalDeadline(1_000 * SECOND, 60, 16_384);

    @Test
    void givesABodyThatHasNotStartedTheBaseDeadline() {
        assertEquals(60 * SECOND, deadline.nanosLeft(1_000 * SECOND, 0));
        assertEquals(0, deadline.nanosLeft(1_060 * SECOND, 0));
    }

    @Test
    void extendsTheDeadlineBySecondsPerMinimumRateReceived() {
        assertEquals(10 * SECOND, deadline.nanosLeft(1_060 * SECOND, 10 * 16_384));
    }

    @Test
    void neverCutsOffABodyArrivingAtTheMinimumRateOrFaster() {
        for (long second = 0; second * 16_384 <= 10 * 1024 * 1024; second += 40) { // until a 10 MB body is whole
            long received = second * 16_384;
            assertTrue(deadline.nanosLeft(1_000 * SECOND + second * SECOND, received) > 0, "at " + second + " s");
        }
    }

    @Test
    void cutsOffATrickleSoonAfterTheBaseDeadline() {
        long trickled = 61 * 15; // a few bytes every 200 ms
        assertTrue(deadline.nanosLeft(1_061 * SECOND, trickled) < 0);
    }

    @Test
    void refusesARuleThatWouldNeverEndOrNeverStart() {
        assertThrows(IllegalArgumentException.class, () -> new ArrivalDeadline(0, 0, 16_384));
        assertThrows(IllegalArgumentException.class, () -> new ArrivalDeadline(0, 60, 0));
    }
}
