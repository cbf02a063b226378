package org.trademission.platform.housekeeping;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the platform's tables from growing forever: published outbox messages, processed event ids and
 * idempotency records are deleted once older than their retention. Processed ids must outlive the topics'
 * retention (7 days by default), or a redelivered old event would be applied again.
 */
@ApplicationScoped
public class Housekeeping {
    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final EntityManager entityManager;
    private final Duration outboxRetention;
    private final Duration processedRetention;
    private final Duration idempotencyRetention;

    public Housekeeping(EntityManager entityManager,
            @ConfigProperty(name = "platform.retention.outbox", defaultValue = "P7D") Duration outboxRetention,
            @ConfigProperty(name = "platform.retention.processed-events", defaultValue = "P30D")
            Duration processedRetention,
            @ConfigProperty(name = "platform.retention.idempotency-keys", defaultValue = "P7D")
            Duration idempotencyRetention) {
        this.entityManager = entityManager;
        this.outboxRetention = outboxRetention;
        this.processedRetention = processedRetention;
        this.idempotencyRetention = idempotencyRetention;
    }

    @Scheduled(every = "${platform.housekeeping.every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Removed removed = removeExpired(OffsetDateTime.now(ZoneOffset.UTC));
        if (removed.total() > 0) {
            LOG.infof("Housekeeping removed %s", removed);
        }
    }

    /** Deletes what expired before {@code now}; answers how many rows of each kind. */
    @Transactional
    public Removed removeExpired(OffsetDateTime now) {
        int outbox = entityManager.createQuery("delete from OutboxMessage m where m.sentAt < :before")
                .setParameter("before", now.minus(outboxRetention)).executeUpdate();
        int processed = entityManager.createQuery("delete from ProcessedEvent p where p.processedAt < :before")
                .setParameter("before", now.minus(processedRetention)).executeUpdate();
        int keys = entityManager.createQuery("delete from IdempotencyRecord r where r.createdAt < :before")
                .setParameter("before", now.minus(idempotencyRetention)).executeUpdate();
        return new Removed(outbox, processed, keys);
    }

    /** Rows removed by one round. */
    public record Removed(int outboxMessages, int processedEvents, int idempotencyRecords) {
        int total() {
            return outboxMessages + processedEvents + idempotencyRecords;
        }
    }
}
