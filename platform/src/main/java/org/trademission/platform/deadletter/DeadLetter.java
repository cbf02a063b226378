package org.trademission.platform.deadletter;

import java.time.Instant;

/**
 * A message parked on a dead-letter topic: where it is, what it was, why it was parked, and whether a re-drive has
 * passed it already.
 */
public record DeadLetter(int partition, long offset, String key, Instant parkedAt, String reason, String cause,
        boolean redriven, String value) {
}
