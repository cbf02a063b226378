package org.trademission.platform.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.Config;
import org.trademission.platform.inbox.EventSink;
import org.trademission.platform.kafka.TopicReader;
import org.trademission.platform.problem.ProblemException;

/**
 * The service's dead-letter topics ({@code <topic>.dlq.<service>}, one per incoming channel): lists what they hold
 * and re-drives it through the channel's {@link EventSink} (the idempotent consumer drops what was applied since),
 * remembering per partition how far it got. Counts are metrics ({@code dead_letters_pending{topic}}).
 */
@ApplicationScoped
public class DeadLetters {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration COUNT_CACHE = Duration.ofSeconds(15);

    private final Instance<EventSink> sinks;
    private final Config config;
    private final EntityManager entityManager;
    private final MeterRegistry registry;
    private final TopicReader reader;
    private final Map<String, CachedCount> counts = new ConcurrentHashMap<>();

    public DeadLetters(Instance<EventSink> sinks, Config config, EntityManager entityManager, MeterRegistry registry,
            TopicReader reader) {
        this.sinks = sinks;
        this.config = config;
        this.entityManager = entityManager;
        this.registry = registry;
        this.reader = reader;
    }

    void registerMetrics(@Observes StartupEvent startup) {
        for (EventSink sink : sinks) {
            String topic = topicOf(sink);
            Gauge.builder("dead.letters.pending", () -> cachedPending(topic)).tag("topic", topic)
                    .description("Messages on the topic's dead-letter topic that no re-drive has passed")
                    .register(registry);
        }
    }

    public List<DeadLetterTopic> topics() {
        List<DeadLetterTopic> topics = new ArrayList<>();
        for (EventSink sink : sinks) {
            topics.add(describe(sink));
        }
        topics.sort(Comparator.comparing(DeadLetterTopic::topic));
        return topics;
    }

    /** Every message on the topic's dead-letter topic, oldest first per partition. */
    public List<DeadLetter> list(String topic) {
        EventSink sink = sink(topic);
        Map<Integer, Long> positions = positions(deadLetterTopicOf(sink));
        List<DeadLetter> letters = new ArrayList<>();
        reader.read(deadLetterTopicOf(sink), Map.of(), READ_TIMEOUT, record -> letters.add(letter(record,
                record.offset() < positions.getOrDefault(record.partition(), 0L))));
        return letters;
    }

    /** Hands every message not re-driven yet (or all, {@code fromStart}) to the channel's sink, once each. */
    public RedriveReport redrive(String topic, boolean fromStart) {
        EventSink sink = sink(topic);
        String deadLetterTopic = deadLetterTopicOf(sink);
        Map<Integer, Long> positions = fromStart ? new HashMap<>() : new HashMap<>(positions(deadLetterTopic));
        int[] read = new int[1];
        List<RedriveReport.Failure> failures = new ArrayList<>();
        reader.read(deadLetterTopic, positions, READ_TIMEOUT, record -> {
            read[0]++;
            try {
                sink.accept(record.value());
            } catch (RuntimeException e) {
                failures.add(new RedriveReport.Failure(record.partition(), record.offset(), e.toString()));
            }
            positions.put(record.partition(), record.offset() + 1);
        });
        savePositions(deadLetterTopic, positions);
        counts.remove(topic);
        return new RedriveReport(topic, read[0], read[0] - failures.size(), failures.size(), failures);
    }

    private DeadLetterTopic describe(EventSink sink) {
        String deadLetterTopic = deadLetterTopicOf(sink);
        Map<Integer, Long> positions = positions(deadLetterTopic);
        long messages = 0;
        long pending = 0;
        for (Map.Entry<Integer, TopicReader.Extent> extent : reader.extents(deadLetterTopic).entrySet()) {
            messages += extent.getValue().end() - extent.getValue().first();
            pending += extent.getValue().end() - Math.max(extent.getValue().first(),
                    positions.getOrDefault(extent.getKey(), 0L));
        }
        return new DeadLetterTopic(topicOf(sink), sink.channel(), deadLetterTopic, messages, pending);
    }

    private double cachedPending(String topic) {
        CachedCount cached = counts.get(topic);
        if (cached == null || cached.at.plus(COUNT_CACHE).isBefore(Instant.now())) {
            try {
                cached = new CachedCount(describe(sink(topic)).pending(), Instant.now());
            } catch (RuntimeException e) {
                return Double.NaN;
            }
            counts.put(topic, cached);
        }
        return cached.pending;
    }

    private Map<Integer, Long> positions(String deadLetterTopic) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Integer, Long> positions = new HashMap<>();
            entityManager.createQuery("from DeadLetterPosition p where p.key.topic = :topic", DeadLetterPosition.class)
                    .setParameter("topic", deadLetterTopic).getResultList()
                    .forEach(p -> positions.put(p.key.partition(), p.nextOffset));
            return positions;
        });
    }

    private void savePositions(String deadLetterTopic, Map<Integer, Long> positions) {
        QuarkusTransaction.requiringNew().run(() -> positions.forEach((partition, next) -> {
            DeadLetterPosition.Key key = new DeadLetterPosition.Key(deadLetterTopic, partition);
            DeadLetterPosition position = entityManager.find(DeadLetterPosition.class, key);
            if (position == null) {
                position = new DeadLetterPosition();
                position.key = key;
                entityManager.persist(position);
            }
            position.nextOffset = Math.max(position.nextOffset, next);
        }));
    }

    private EventSink sink(String topic) {
        for (EventSink sink : sinks) {
            if (topicOf(sink).equals(topic)) {
                return sink;
            }
        }
        throw ProblemException.notFound("Consumed topic", topic);
    }

    private String topicOf(EventSink sink) {
        return EventSink.topic(config, sink.channel());
    }

    private String deadLetterTopicOf(EventSink sink) {
        return EventSink.deadLetterTopic(config, sink.channel());
    }

    private static DeadLetter letter(ConsumerRecord<String, String> record, boolean redriven) {
        return new DeadLetter(record.partition(), record.offset(), record.key(),
                Instant.ofEpochMilli(record.timestamp()), header(record, "dead-letter-reason").orElse(null),
                header(record, "dead-letter-cause").orElse(null), redriven, record.value());
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? Optional.empty()
                : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private record CachedCount(long pending, Instant at) {
    }
}
