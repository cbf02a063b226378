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
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trademission.platform.inbox.EventSink;
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
    private final String bootstrapServers;
    private final Map<String, CachedCount> counts = new ConcurrentHashMap<>();

    public DeadLetters(Instance<EventSink> sinks, Config config, EntityManager entityManager, MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.sinks = sinks;
        this.config = config;
        this.entityManager = entityManager;
        this.registry = registry;
        this.bootstrapServers = bootstrapServers;
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
        read(deadLetterTopicOf(sink), Map.of(), record -> letters.add(letter(record,
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
        read(deadLetterTopic, positions, record -> {
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
        long[] messages = new long[1];
        long[] pending = new long[1];
        withConsumer(consumer -> {
            List<TopicPartition> partitions = partitions(consumer, deadLetterTopic);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, READ_TIMEOUT);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
            for (TopicPartition partition : partitions) {
                long first = begin.getOrDefault(partition, 0L);
                long last = end.getOrDefault(partition, 0L);
                messages[0] += last - first;
                pending[0] += last - Math.max(first, positions.getOrDefault(partition.partition(), 0L));
            }
        });
        return new DeadLetterTopic(topicOf(sink), sink.channel(), deadLetterTopic, messages[0], pending[0]);
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

    private void read(String deadLetterTopic, Map<Integer, Long> from, Consumer<ConsumerRecord<String, String>> each) {
        withConsumer(consumer -> {
            List<TopicPartition> partitions = partitions(consumer, deadLetterTopic);
            if (partitions.isEmpty()) {
                return;
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, READ_TIMEOUT);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, READ_TIMEOUT);
            List<TopicPartition> unread = new ArrayList<>(); // partitions with messages left to read
            for (TopicPartition partition : partitions) {
                long start = Math.max(begin.getOrDefault(partition, 0L), from.getOrDefault(partition.partition(), 0L));
                if (start < end.getOrDefault(partition, 0L)) {
                    consumer.seek(partition, start);
                    unread.add(partition);
                }
            }
            consumer.pause(partitions.stream().filter(p -> !unread.contains(p)).toList());
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (!unread.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(partition)) {
                        each.accept(record);
                    }
                }
                List<TopicPartition> done = unread.stream()
                        .filter(partition -> consumer.position(partition) >= end.get(partition)).toList();
                consumer.pause(done);
                unread.removeAll(done);
            }
        });
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, READ_TIMEOUT);
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private void withConsumer(Consumer<KafkaConsumer<String, String>> work) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letters");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            work.accept(consumer);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw ProblemException.unavailable("Kafka cannot be read at the moment: " + e.getMessage());
        }
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
        return config.getOptionalValue("mp.messaging.incoming." + sink.channel() + ".topic", String.class)
                .orElse(sink.channel());
    }

    private String deadLetterTopicOf(EventSink sink) {
        return config.getOptionalValue("mp.messaging.incoming." + sink.channel() + ".dead-letter-queue.topic",
                String.class).orElse("dead-letter-topic-" + topicOf(sink));
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
