package org.trademission.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox in {@code position} order on one thread of its own. It wakes when a transaction that appended
 * an event commits, and polls anyway every {@code platform.outbox.poll-interval}. A batch is sent at once, then
 * acknowledged in order; at the first failure the acknowledged prefix is marked sent and the rest waits for the next
 * round, after a backoff that doubles up to {@code platform.outbox.max-backoff}. Sending stops at the first send that
 * has already failed (the producer blocks at most {@code platform.outbox.max-block} for metadata), so no later event
 * of a key is written before an earlier one. Nothing is skipped, so a Kafka outage only delays events. A message sent
 * but not yet marked may be sent again after a crash: consumers drop it by id. The loop survives any throwable, and
 * {@link #lastSuccess()} tells the readiness check when it last got through.
 *
 * <p>One relay per database: run one instance of a service per database, or add leader election first.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final OutboxPublisher publisher;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration maxBackoff;
    private final Counter published;
    private final Counter failures;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private Duration backoff = Duration.ZERO;
    private volatile Instant lastSuccess = Instant.now();
    private long notBefore;

    public OutboxRelay(OutboxStore store, OutboxPublisher publisher, MeterRegistry registry,
            @ConfigProperty(name = "platform.outbox.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "platform.outbox.poll-interval", defaultValue = "PT1S") Duration pollInterval,
            @ConfigProperty(name = "platform.outbox.max-backoff", defaultValue = "PT10S") Duration maxBackoff) {
        this.store = store;
        this.publisher = publisher;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.maxBackoff = maxBackoff;
        this.published = registry.counter("outbox.published");
        this.failures = registry.counter("outbox.publish.failures");
        registry.gauge("outbox.pending", store, OutboxStore::countUnsent);
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    void wakeAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wake.release();
    }

    private void loop() {
        while (running) {
            try {
                long waitMillis = Math.max(notBefore - System.currentTimeMillis(), 0);
                wake.tryAcquire(waitMillis > 0 ? waitMillis : pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                if (System.currentTimeMillis() < notBefore) {
                    continue;
                }
                int sent;
                do {
                    sent = publishBatch();
                } while (sent == batchSize && running);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) { // NOSONAR: the relay thread must outlive any failure, even an Error
                // e.g. the database is unreachable, or memory ran short: wait and try again
                LOG.warnf("Outbox relay round failed: %s", e.toString());
                delayNextRound();
            }
        }
    }

    /** Publishes one batch; answers how many messages were sent, or -1 after a failure. */
    int publishBatch() throws InterruptedException {
        List<OutboxMessage> batch = store.nextUnsent(batchSize);
        if (batch.isEmpty()) {
            lastSuccess = Instant.now();
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        List<Long> done = new ArrayList<>(batch.size());
        try {
            for (OutboxMessage message : batch) {
                Future<RecordMetadata> ack = publisher.send(message);
                acks.add(ack);
                if (hasFailed(ack)) {
                    break; // Kafka is unreachable: sending the rest could put a later event of a key first
                }
            }
            for (int i = 0; i < acks.size(); i++) {
                acks.get(i).get();
                done.add(batch.get(i).position);
            }
        } catch (ExecutionException | RuntimeException e) {
            store.markSent(done);
            published.increment(done.size());
            onFailure(batch.get(done.size()), e instanceof ExecutionException ? e.getCause() : e);
            return -1;
        } catch (InterruptedException e) {
            store.markSent(done);
            throw e;
        }
        store.markSent(done);
        published.increment(done.size());
        lastSuccess = Instant.now();
        if (!backoff.isZero()) {
            LOG.infof("Outbox relay publishing again after an interruption");
        }
        backoff = Duration.ZERO;
        return done.size();
    }

    /** When a round last ended without a failure (also when there was nothing to send). */
    public Instant lastSuccess() {
        return lastSuccess;
    }

    private static boolean hasFailed(Future<RecordMetadata> ack) throws InterruptedException {
        if (!ack.isDone()) {
            return false;
        }
        try {
            ack.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private void onFailure(OutboxMessage message, Throwable cause) {
        failures.increment();
        publisher.reset();
        delayNextRound();
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        store.markFailed(message.position, error);
        LOG.warnf("Outbox relay could not publish event %s (%s); retrying in %s ms", message.id, error,
                backoff.toMillis());
    }

    private void delayNextRound() {
        backoff = backoff.isZero() ? Duration.ofMillis(500) : min(backoff.multipliedBy(2), maxBackoff);
        notBefore = System.currentTimeMillis() + backoff.toMillis();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
