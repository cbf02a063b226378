package org.trademission.platform.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trademission.platform.problem.ProblemException;

/**
 * Reads a topic outside any consumer group, from given offsets to the end it has when the read starts: for dead
 * letters and replica rebuilds. Commits nothing, creates no topic.
 */
@ApplicationScoped
public class TopicReader {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String bootstrapServers;

    public TopicReader(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Offsets of each partition: first and end (one past the last). */
    public record Extent(long first, long end) {
    }

    public Map<Integer, Extent> extents(String topic) {
        Map<Integer, Extent> extents = new java.util.HashMap<>();
        withConsumer(consumer -> {
            List<TopicPartition> partitions = partitions(consumer, topic);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            partitions.forEach(p -> extents.put(p.partition(), new Extent(begin.getOrDefault(p, 0L),
                    end.getOrDefault(p, 0L))));
        });
        return extents;
    }

    /** Hands every record from {@code from} (per partition; the beginning when absent) to the end, in order. */
    public void read(String topic, Map<Integer, Long> from, Duration timeout,
            Consumer<ConsumerRecord<String, String>> each) {
        withConsumer(consumer -> {
            List<TopicPartition> partitions = partitions(consumer, topic);
            if (partitions.isEmpty()) {
                return;
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, TIMEOUT);
            List<TopicPartition> unread = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                long start = Math.max(begin.getOrDefault(partition, 0L), from.getOrDefault(partition.partition(), 0L));
                if (start < end.getOrDefault(partition, 0L)) {
                    consumer.seek(partition, start);
                    unread.add(partition);
                }
            }
            consumer.pause(partitions.stream().filter(p -> !unread.contains(p)).toList());
            long deadline = System.nanoTime() + timeout.toNanos();
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
        List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private void withConsumer(Consumer<KafkaConsumer<String, String>> work) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "topic-reader");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            work.accept(consumer);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw ProblemException.unavailable("Kafka cannot be read at the moment: " + e.getMessage());
        }
    }
}
