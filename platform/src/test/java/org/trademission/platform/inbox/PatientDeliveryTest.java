package org.trademission.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class PatientDeliveryTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PatientDelivery delivery = new PatientDelivery(registry, Duration.ofMillis(1), Duration.ofMillis(4));

    @Test
    void retriesADatabaseOutageUntilTheMessageIsApplied() {
        FlakySink sink = new FlakySink(25, () -> new JDBCConnectionException("down", new SQLException("down", "08006")));

        delivery.deliver(sink, "event");

        assertEquals(List.of("event"), sink.applied);
        assertEquals(26, sink.attempts);
        assertEquals(25.0, registry.counter("inbox.retries", "channel", "test").count());
    }

    @Test
    void deadLettersAMessageThatCanNeverBeAppliedAtOnce() {
        FlakySink sink = new FlakySink(Integer.MAX_VALUE, () -> new MalformedEventException("{not an event", null));

        assertThrows(UnprocessableEventException.class, () -> delivery.deliver(sink, "{not an event"));

        assertEquals(1, sink.attempts);
        assertEquals(1.0, registry.counter("inbox.dead.lettered", "channel", "test").count());
    }

    @Test
    void leavesTheMessageUnacknowledgedWhenTheServiceStopsDuringAnOutage() {
        FlakySink sink = new FlakySink(Integer.MAX_VALUE, () -> new IllegalStateException("EntityManagerFactory is "
                + "closed"));
        delivery.stop(null);

        assertThrows(DeliveryStopped.class, () -> delivery.deliver(sink, "event"));
        assertEquals(1, sink.attempts);
    }

    @Test
    void stopsRetryingWhenItsThreadIsInterruptedInsteadOfSpinning() {
        FlakySink sink = new FlakySink(Integer.MAX_VALUE, () -> new JDBCConnectionException("down",
                new SQLException("down", "08006")));
        Thread.currentThread().interrupt();
        try {
            assertThrows(DeliveryStopped.class, () -> delivery.deliver(sink, "event"));
        } finally {
            Thread.interrupted();
        }
        assertEquals(1, sink.attempts);
    }

    @Test
    void appliesABatchInOneTransactionWhenEveryMessageApplies() {
        BatchSink sink = new BatchSink(0);

        var unprocessable = delivery.deliverAll(sink, List.of("a", "b", "c"));

        assertEquals(java.util.Map.of(), unprocessable);
        assertEquals(List.of(List.of("a", "b", "c")), sink.batches);
        assertEquals(List.of("a", "b", "c"), sink.applied);
    }

    @Test
    void replaysAFailedBatchOneByOneAndAnswersOnlyThePoison() {
        BatchSink sink = new BatchSink(0);

        var unprocessable = delivery.deliverAll(sink, List.of("a", "poison", "c"));

        assertEquals(java.util.Set.of(1), unprocessable.keySet());
        assertEquals(List.of("a", "c"), sink.applied);
        assertEquals(1.0, registry.counter("inbox.batch.replays", "channel", "batch").count());
        assertEquals(1.0, registry.counter("inbox.dead.lettered", "channel", "batch").count());
    }

    @Test
    void retriesACurableFailureWithinAReplayedBatchInsteadOfDeadLetteringIt() {
        BatchSink sink = new BatchSink(3);

        var unprocessable = delivery.deliverAll(sink, List.of("a", "flaky", "poison", "d"));

        assertEquals(java.util.Set.of(2), unprocessable.keySet());
        assertEquals(List.of("a", "flaky", "d"), sink.applied);
        assertEquals(3.0, registry.counter("inbox.retries", "channel", "batch").count());
    }

    @Test
    void deliversABatchOfOneAsASingleMessage() {
        BatchSink sink = new BatchSink(0);

        var unprocessable = delivery.deliverAll(sink, List.of("poison"));

        assertEquals(java.util.Set.of(0), unprocessable.keySet());
        assertEquals(List.of(), sink.batches);
        assertEquals(0.0, registry.counter("inbox.batch.replays", "channel", "batch").count());
    }

    /** Fails a batch holding "poison" (permanently) or "flaky" (curably, {@code flakyFailures} times). */
    private static final class BatchSink implements EventSink {
        private final List<List<String>> batches = new ArrayList<>();
        private final List<String> applied = new ArrayList<>();
        private int flakyFailures;

        BatchSink(int flakyFailures) {
            this.flakyFailures = flakyFailures;
        }

        @Override
        public String channel() {
            return "batch";
        }

        @Override
        public void accept(String message) {
            if (message.equals("poison")) {
                throw new MalformedEventException("poison", null);
            }
            if (message.equals("flaky") && flakyFailures-- > 0) {
                throw new JDBCConnectionException("down", new SQLException("down", "08006"));
            }
            applied.add(message);
        }

        @Override
        public void acceptAll(List<String> messages) {
            if (messages.contains("poison") || messages.contains("flaky") && flakyFailures > 0) {
                throw new MalformedEventException("a batch with poison", null);
            }
            batches.add(messages);
            applied.addAll(messages);
        }
    }

    private static final class FlakySink implements EventSink {
        private final int failures;
        private final java.util.function.Supplier<RuntimeException> failure;
        private final List<String> applied = new ArrayList<>();
        private int attempts;

        FlakySink(int failures, java.util.function.Supplier<RuntimeException> failure) {
            this.failures = failures;
            this.failure = failure;
        }

        @Override
        public String channel() {
            return "test";
        }

        @Override
        public void accept(String message) {
            attempts++;
            if (attempts <= failures) {
                throw failure.get();
            }
            applied.add(message);
        }
    }
}
