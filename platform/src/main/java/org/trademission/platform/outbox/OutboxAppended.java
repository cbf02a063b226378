package org.trademission.platform.outbox;

/** Fired when an event is appended; observed after commit to wake the relay at once. */
public record OutboxAppended(String topic) {
}
