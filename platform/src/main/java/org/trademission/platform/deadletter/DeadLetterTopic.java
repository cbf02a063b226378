package org.trademission.platform.deadletter;

/** A channel's dead-letter topic: how many messages it holds and how many no re-drive has passed yet. */
public record DeadLetterTopic(String topic, String channel, String deadLetterTopic, long messages, long pending) {
}
