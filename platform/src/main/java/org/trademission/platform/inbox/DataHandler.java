package org.trademission.platform.inbox;

import org.trademission.platform.event.EventEnvelope;

/** A consumer's own write for one event whose {@code data} has been read as a payload record. */
@FunctionalInterface
public interface DataHandler<T> {
    void handle(EventEnvelope event, T data);
}
