package org.trademission.platform.event;

import java.util.Objects;
import java.util.UUID;

/**
 * What an aggregate's state change returns: the event it causes, before it has an id or a time.
 * The service hands it to the outbox in the same transaction as the change.
 *
 * @param topic    one of {@link Topics}
 * @param type     one of {@link EventTypes}
 * @param subject  the aggregate's id (also the Kafka key)
 * @param sequence the aggregate's version after the change
 * @param data     a payload record from this package
 */
public record DomainEvent(String topic, String type, UUID subject, long sequence, Object data) {
    public DomainEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
    }
}
