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
