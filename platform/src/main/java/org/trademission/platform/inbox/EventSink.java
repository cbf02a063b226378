package org.trademission.platform.inbox;

import java.util.List;

/**
 * What a service does with one message of an incoming channel (usually {@link IdempotentConsumer#consume}). The
 * channel's {@code @Incoming} method hands messages to {@link PatientDelivery}; the dead-letter re-drive calls
 * {@link #accept} directly.
 */
public interface EventSink {
    /** The Reactive Messaging channel, e.g. {@code exporters} (its topic and dead-letter topic come from config). */
    String channel();

    /** The topic of {@code channel} and its dead-letter topic, as the channel's configuration names them. */
    static String topic(org.eclipse.microprofile.config.Config config, String channel) {
        return config.getOptionalValue("mp.messaging.incoming." + channel + ".topic", String.class).orElse(channel);
    }

    static String deadLetterTopic(org.eclipse.microprofile.config.Config config, String channel) {
        return config.getOptionalValue("mp.messaging.incoming." + channel + ".dead-letter-queue.topic", String.class)
                .orElse("dead-letter-topic-" + topic(config, channel));
    }

    /** Applies the message in a transaction of its own; throws when it could not be applied. */
    void accept(String message);

    /**
     * Applies the messages in order, in one transaction where the sink can (one by one otherwise); throws when any
     * could not be applied. The caller then replays them one by one: what was applied is skipped by event id.
     */
    default void acceptAll(List<String> messages) {
        messages.forEach(this::accept);
    }
}
