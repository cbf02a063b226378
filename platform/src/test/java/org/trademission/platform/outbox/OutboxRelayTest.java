package org.trademission.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** The relay's round on a store and a publisher that stand in for the database and Kafka. */
class OutboxRelayTest {
    private final FakeStore store = new FakeStore();
    private final FakePublisher publisher = new FakePublisher();
    private final OutboxRelay relay = new OutboxRelay(store, publisher, new SimpleMeterRegistry(), 200,
            Duration.ofSeconds(1), Duration.ofSeconds(10));

    @Test
    void stopsTheRoundAtTheFirstSendThatHasAlreadyFailed() throws Exception {
        store.unsent.addAll(List.of(message(1, "a"), message(2, "b"), message(3, "a")));
        publisher.failFrom = 1; // Kafka unreachable: the send fails within max.block.ms

        assertEquals(-1, relay.publishBatch());

        assertEquals(List.of(1L), publisher.sentPositions, "nothing after the failed send may be sent");
        assertEquals(List.of(), store.sent);
        assertEquals(List.of(1L), store.failed);
    }

    @Test
    void marksTheAcknowledgedPrefixSentAndKeepsTheRestInOrder() throws Exception {
        store.unsent.addAll(List.of(message(1, "a"), message(2, "b"), message(3, "a")));
        publisher.failFrom = 2;

        assertEquals(-1, relay.publishBatch());

        assertEquals(List.of(1L, 2L), publisher.sentPositions);
        assertEquals(List.of(1L), store.sent);
        assertEquals(List.of(2L), store.failed);
    }

    @Test
    void publishesEverythingAndRecordsTheSuccessfulRound() throws Exception {
        store.unsent.addAll(List.of(message(1, "a"), message(2, "b")));
        Instant before = Instant.now();

        assertEquals(2, relay.publishBatch());

        assertEquals(List.of(1L, 2L), store.sent);
        assertTrue(!relay.lastSuccess().isBefore(before));
    }

    private static OutboxMessage message(long position, String key) {
        OutboxMessage message = new OutboxMessage();
        message.position = position;
        message.id = UUID.randomUUID();
        message.topic = "exporters.v1";
        message.key = key;
        message.type = "ExporterUpdated";
        message.payload = "{}";
        return message;
    }

    private static final class FakeStore extends OutboxStore {
        final List<OutboxMessage> unsent = new ArrayList<>();
        final List<Long> sent = new ArrayList<>();
        final List<Long> failed = new ArrayList<>();

        FakeStore() {
            super(null);
        }

        @Override
        public List<OutboxMessage> nextUnsent(int limit) {
            return List.copyOf(unsent);
        }

        @Override
        public void markSent(List<Long> positions) {
            sent.addAll(positions);
        }

        @Override
        public void markFailed(long position, String error) {
            failed.add(position);
        }

        @Override
        public long countUnsent() {
            return unsent.size();
        }
    }

    private static final class FakePublisher extends OutboxPublisher {
        final List<Long> sentPositions = new ArrayList<>();
        long failFrom = Long.MAX_VALUE;

        FakePublisher() {
            super("127.0.0.1:1", Duration.ofSeconds(1), Duration.ofMillis(10), Duration.ZERO);
        }

        @Override
        synchronized Future<RecordMetadata> send(OutboxMessage message) {
            sentPositions.add(message.position);
            if (message.position >= failFrom) {
                return CompletableFuture.failedFuture(new TimeoutException("Topic not present in metadata"));
            }
            return CompletableFuture.completedFuture(new RecordMetadata(new TopicPartition(message.topic, 0), 0, 0,
                    0, 0, 0));
        }

        @Override
        synchronized void reset() {
            // nothing to close
        }
    }
}
