package org.trademission.platform.web;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of large request bodies a service holds at once. A body is read whole and then expands (a 10 MB import
 * into tens of MB of rows and answers) while it is handled, so a dozen concurrent imports would take the heap. Each
 * large body reserves its size until its answer is sent; one that does not fit is turned away to retry later. A body
 * larger than the budget is let in alone, when nothing else is reserved, so that the size limit, not the budget,
 * decides what is too large.
 */
public final class InFlightBodies {
    private final long budget;
    private final AtomicLong reserved = new AtomicLong();

    public InFlightBodies(long budget) {
        this.budget = budget;
    }

    /** A budget of an eighth of the heap the JVM may grow to (24 MB under {@code up}'s {@code -Xmx192m}). */
    public static InFlightBodies forHeap(long maxHeapBytes) {
        return new InFlightBodies(maxHeapBytes / 8);
    }

    /** Reserves {@code bytes}, or answers false and reserves nothing when they do not fit beside the others. */
    public boolean tryReserve(long bytes) {
        return tryGrow(0, bytes);
    }

    /**
     * Adds {@code bytes} to the {@code held} bytes a body being read has reserved already (a chunked body announces no
     * size), or answers false and adds nothing when they do not fit beside the other bodies' reservations.
     */
    public boolean tryGrow(long held, long bytes) {
        while (true) {
            long now = reserved.get();
            if (now - held > 0 && now + bytes > budget) {
                return false;
            }
            if (reserved.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    public void release(long bytes) {
        reserved.addAndGet(-bytes);
    }

    public long reserved() {
        return reserved.get();
    }
}
