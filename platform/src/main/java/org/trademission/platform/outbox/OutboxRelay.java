package org.trademission.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox in {@code position} order. A batch is sent at once, then acknowledged in order; at the first
 * failure the acknowledged prefix is marked sent and the rest waits for the next round, after a backoff that doubles
 * up to a ceiling. Nothing is skipped, so a Kafka outage only delays events. A message sent but not yet marked may
 * be sent again after a crash: consumers drop it by its id.
 *
 * <p>One relay per database: run one instance of a service per database, or add leader election first.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final OutboxPublisher publisher;
    private final int batchSize;
    private final Duration maxBackoff;
    private final Counter published;
    private final Counter failures;
    private Duration backoff = Duration.ZERO;
    private long notBefore;

    public OutboxRelay(OutboxStore store, OutboxPublisher publisher, MeterRegistry registry,
            @ConfigProperty(name = "platform.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "platform.outbox.max-backoff", defaultValue = "PT10S") Duration maxBackoff) {
        this.store = store;
        this.publisher = publisher;
        this.batchSize = batchSize;
        this.maxBackoff = maxBackoff;
        this.published = registry.counter("outbox.published");
        this.failures = registry.counter("outbox.publish.failures");
        registry.gauge("outbox.pending", store, OutboxStore::countUnsent);
    }

    @Scheduled(every = "${platform.outbox.poll-interval:0.2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        if (System.currentTimeMillis() < notBefore) {
            return;
        }
        int sent;
        do {
            sent = publishBatch();
        } while (sent == batchSize);
    }

    /** Publishes one batch; answers how many messages were sent, or -1 after a failure. */
    synchronized int publishBatch() {
        List<OutboxMessage> batch = store.nextUnsent(batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        List<Long> done = new ArrayList<>(batch.size());
        try {
            for (OutboxMessage message : batch) {
                acks.add(publisher.send(message));
            }
            for (int i = 0; i < batch.size(); i++) {
                acks.get(i).get();
                done.add(batch.get(i).position);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            store.markSent(done);
            return -1;
        } catch (ExecutionException | RuntimeException e) {
            store.markSent(done);
            published.increment(done.size());
            onFailure(batch.get(done.size()), e instanceof ExecutionException ? e.getCause() : e);
            return -1;
        }
        store.markSent(done);
        published.increment(done.size());
        if (!backoff.isZero()) {
            LOG.infof("Outbox relay publishing again after an interruption");
        }
        backoff = Duration.ZERO;
        return done.size();
    }

    private void onFailure(OutboxMessage message, Throwable cause) {
        failures.increment();
        publisher.reset();
        backoff = backoff.isZero() ? Duration.ofMillis(500) : min(backoff.multipliedBy(2), maxBackoff);
        notBefore = System.currentTimeMillis() + backoff.toMillis();
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        store.markFailed(message.position, error);
        LOG.warnf("Outbox relay could not publish event %s (%s); retrying in %s ms", message.id, error,
                backoff.toMillis());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
