package org.trademission.buyer.company;

import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Valid Moroccan ICEs for tests: 9 company digits + 4 establishment digits + 2 control digits (divisible by 97). */
public final class Ices {
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 900_000_000L);

    private Ices() {
    }

    public static String next() {
        String body = String.format("%09d0000", NEXT.incrementAndGet() % 1_000_000_000L);
        int control = (97 - new BigInteger(body).multiply(BigInteger.valueOf(100)).mod(BigInteger.valueOf(97))
                .intValue()) % 97;
        return body + String.format("%02d", control);
    }
}
