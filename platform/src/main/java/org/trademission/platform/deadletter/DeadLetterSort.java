package org.trademission.platform.deadletter;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.trademission.platform.web.SortRequest;

/**
 * {@code sort=-parkedAt} on a dead-letter topic's messages; without it, in the topic's order. The position in the
 * topic (partition, offset) breaks ties.
 */
final class DeadLetterSort {
    static final String DESCRIPTION = "sort: e.g. -parkedAt or key (fields: parkedAt, key, reason, redriven, "
            + "partition, offset); in the topic's order without it.";
    private static final Comparator<DeadLetter> POSITION = Comparator.comparingInt(DeadLetter::partition)
            .thenComparingLong(DeadLetter::offset);
    private static final Map<String, Comparator<DeadLetter>> FIELDS = Map.of(
            "parkedAt", Comparator.comparing(DeadLetter::parkedAt, Comparator.nullsLast(Comparator.naturalOrder())),
            "key", Comparator.comparing(DeadLetter::key, Comparator.nullsLast(Comparator.naturalOrder())),
            "reason", Comparator.comparing(DeadLetter::reason, Comparator.nullsLast(Comparator.naturalOrder())),
            "redriven", Comparator.comparing(DeadLetter::redriven),
            "partition", Comparator.comparingInt(DeadLetter::partition),
            "offset", Comparator.comparingLong(DeadLetter::offset));

    private DeadLetterSort() {
    }

    /** The requested order, parsed before the topic is read (a bad sort is a 400 at once). */
    static Optional<Comparator<DeadLetter>> order(String sort) {
        return SortRequest.comparator(sort, FIELDS, POSITION);
    }
}
