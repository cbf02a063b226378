package org.trademission.platform.inbox;

/**
 * What a service does with one message of an incoming channel (usually {@link IdempotentConsumer#consume}). The
 * channel's {@code @Incoming} method hands messages to {@link PatientDelivery}; the dead-letter re-drive calls
 * {@link #accept} directly.
 */
public interface EventSink {
    /** The Reactive Messaging channel, e.g. {@code exporters} (its topic and dead-letter topic come from config). */
    String channel();

    /** Applies the message in a transaction of its own; throws when it could not be applied. */
    void accept(String message);
}
