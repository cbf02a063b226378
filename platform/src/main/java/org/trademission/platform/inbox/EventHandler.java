package org.trademission.platform.inbox;

import org.trademission.platform.event.EventEnvelope;

/** A consumer's own write for one event; runs inside the transaction that records the event as processed. */
@FunctionalInterface
public interface EventHandler {
    void handle(EventEnvelope event);
}
