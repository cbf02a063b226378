package org.trademission.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InFlightBodiesTest {

    @Test
    void admitsBodiesWhileTheyFitTheBudget() {
        InFlightBodies bodies = new InFlightBodies(24);
        assertTrue(bodies.tryReserve(10));
        assertTrue(bodies.tryReserve(10));
        assertFalse(bodies.tryReserve(10));
        assertEquals(20, bodies.reserved());
    }

    @Test
    void makesRoomAgainWhenABodyIsReleased() {
        InFlightBodies bodies = new InFlightBodies(24);
        bodies.tryReserve(10);
        bodies.tryReserve(10);
        bodies.release(10);
        assertTrue(bodies.tryReserve(10));
    }

    @Test
    void letsABodyLargerThanTheBudgetInAloneSoThatTheSizeLimitDecides() {
        InFlightBodies bodies = new InFlightBodies(24);
        assertTrue(bodies.tryReserve(30));
        assertFalse(bodies.tryReserve(1));
        bodies.release(30);
        assertTrue(bodies.tryReserve(1));
        assertFalse(bodies.tryReserve(30));
    }

    @Test
    void letsABodyBeingReadGrowBeyondTheBudgetWhileItIsAlone() {
        InFlightBodies bodies = new InFlightBodies(24);
        assertTrue(bodies.tryGrow(0, 16));
        assertTrue(bodies.tryGrow(16, 16));
        assertEquals(32, bodies.reserved());
        assertFalse(bodies.tryReserve(1));
    }

    @Test
    void refusesToGrowABodyBeingReadBeyondWhatTheOthersLeave() {
        InFlightBodies bodies = new InFlightBodies(24);
        bodies.tryReserve(10);
        assertTrue(bodies.tryGrow(0, 8));
        assertTrue(bodies.tryGrow(8, 6));
        assertFalse(bodies.tryGrow(14, 1));
        assertEquals(24, bodies.reserved());
    }

    @Test
    void takesAnEighthOfTheHeap() {
        InFlightBodies bodies = InFlightBodies.forHeap(192L * 1024 * 1024);
        assertTrue(bodies.tryReserve(24L * 1024 * 1024));
        assertFalse(bodies.tryReserve(1));
    }

    @Test
    void neverReservesBeyondTheBudgetUnderContention() throws InterruptedException {
        InFlightBodies bodies = new InFlightBodies(100);
        AtomicInteger admitted = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 64; i++) {
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (bodies.tryReserve(10)) {
                    admitted.incrementAndGet();
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(10, admitted.get());
        assertEquals(100, bodies.reserved());
    }
}
