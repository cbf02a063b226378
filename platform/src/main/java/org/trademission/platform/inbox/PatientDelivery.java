package org.trademission.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers a message to its {@link EventSink} until it is applied. A failure that retrying can cure (see
 * {@link EventFailures}) is retried with a backoff that doubles up to {@code platform.inbox.max-backoff}, without
 * limit: the channel pauses on that message instead of skipping it, so a database outage only delays events. A
 * failure no retry can cure is thrown as {@link UnprocessableEventException}, and the channel's dead-letter strategy
 * parks the message on {@code <topic>.dlq.<service>}. When the service stops while a message waits, the message is
 * left unacknowledged ({@link DeliveryStopped}) and is delivered again after the restart.
 *
 * <p>A channel polled in batches ({@code batch=true}) hands each batch to {@link EventSink#acceptAll}, one
 * transaction for the lot. When that fails, the batch is replayed message by message exactly as above, so retries and
 * dead letters do not depend on what else was polled with a message.
 */
@ApplicationScoped
public class PatientDelivery {
    private static final Logger LOG = Logger.getLogger(PatientDelivery.class);

    private final MeterRegistry registry;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private volatile boolean stopping;

    public PatientDelivery(MeterRegistry registry,
            @ConfigProperty(name = "platform.inbox.first-backoff", defaultValue = "PT0.2S") Duration firstBackoff,
            @ConfigProperty(name = "platform.inbox.max-backoff", defaultValue = "PT30S") Duration maxBackoff) {
        this.registry = registry;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /**
     * The channel's {@code @Incoming} method (channels are polled in batches): the batch is acknowledged once every message is applied or,
     * for those no retry can cure, parked on the dead-letter topic; nothing is acknowledged when stopping.
     */
    public CompletionStage<Void> deliver(EventSink sink, KafkaRecordBatch<String, String> batch) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        Map<Integer, UnprocessableEventException> unprocessable;
        try {
            unprocessable = deliverAll(sink, records.stream().map(KafkaRecord::getPayload).toList());
        } catch (DeliveryStopped e) {
            return CompletableFuture.completedFuture(null);
        }
        recordLag(sink.channel(), records);
        List<CompletableFuture<Void>> parked = new ArrayList<>();
        unprocessable.forEach((index, e) -> parked.add(records.get(index).nack(e).toCompletableFuture()));
        return CompletableFuture.allOf(parked.toArray(CompletableFuture[]::new)).thenCompose(done -> batch.ack());
    }

    /** How long after it was produced each record was applied: {@code inbox_lag_seconds{channel, quantile}}. */
    private void recordLag(String channel, List<KafkaRecord<String, String>> records) {
        Timer lag = Timer.builder("inbox.lag").description("From a record's timestamp until it was applied")
                .tag("channel", channel).publishPercentiles(0.5, 0.99).register(registry);
        long now = System.currentTimeMillis();
        for (KafkaRecord<String, String> record : records) {
            if (record.getTimestamp() != null) {
                lag.record(Math.max(now - record.getTimestamp().toEpochMilli(), 0), TimeUnit.MILLISECONDS);
            }
        }
    }

    /**
     * Applies {@code messages} in one transaction or, when that fails, one by one as {@link #deliver(EventSink,
     * String)} does; answers the messages no retry can cure, by their index.
     */
    public Map<Integer, UnprocessableEventException> deliverAll(EventSink sink, List<String> messages) {
        Map<Integer, UnprocessableEventException> unprocessable = new TreeMap<>();
        if (messages.isEmpty()) {
            return unprocessable;
        }
        if (messages.size() > 1) {
            try {
                sink.acceptAll(messages);
                return unprocessable;
            } catch (RuntimeException e) {
                registry.counter("inbox.batch.replays", "channel", sink.channel()).increment();
                LOG.debugf("Channel %s replays a batch of %d one by one: %s", sink.channel(), messages.size(),
                        describe(e));
            }
        }
        for (int i = 0; i < messages.size(); i++) {
            try {
                deliver(sink, messages.get(i));
            } catch (UnprocessableEventException e) {
                unprocessable.put(i, e);
            }
        }
        return unprocessable;
    }

    public void deliver(EventSink sink, String message) {
        Duration backoff = firstBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                sink.accept(message);
                if (attempt > 1) {
                    LOG.infof("Channel %s applied the message after %d attempts", sink.channel(), attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (EventFailures.isPermanent(e)) {
                    registry.counter("inbox.dead.lettered", "channel", sink.channel()).increment();
                    LOG.warnf(e, "Channel %s cannot apply a message, dead-lettering it: %s", sink.channel(),
                            describe(e));
                    throw e instanceof UnprocessableEventException unprocessable ? unprocessable
                            : new UnprocessableEventException(describe(e), e);
                }
                if (stopping) {
                    throw new DeliveryStopped(e);
                }
                registry.counter("inbox.retries", "channel", sink.channel()).increment();
                if (attempt == 1 || Long.bitCount(attempt) == 1 || backoff.equals(maxBackoff)) {
                    LOG.warnf("Channel %s could not apply a message (attempt %d), retrying in %d ms: %s",
                            sink.channel(), attempt, backoff.toMillis(), describe(e));
                }
                pause(backoff, e);
                backoff = backoff.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : backoff.multipliedBy(2);
            }
        }
    }

    private void pause(Duration backoff, RuntimeException cause) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DeliveryStopped(cause);
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e.getClass().getSimpleName() + " caused by " + root;
    }
}
