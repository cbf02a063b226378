package org.trademission.platform.event;

/** The Kafka topics of the public contract; each is keyed by the aggregate's id. */
public final class Topics {
    public static final String EXPORTERS = "exporters.v1";
    public static final String BUYERS = "buyers.v1";
    public static final String MISSIONS = "missions.v1";
    public static final String MATCHING = "matching.v1";

    private Topics() {
    }

    /** Where a consumer parks a message it could not process after bounded retries. */
    public static String deadLetter(String topic, String consumer) {
        return topic + ".dlq." + consumer;
    }
}
