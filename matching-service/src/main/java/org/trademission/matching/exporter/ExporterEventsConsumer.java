package org.trademission.matching.exporter;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.exporter.ExporterData;
import org.trademission.platform.inbox.IdempotentConsumer;
import org.trademission.platform.inbox.MalformedEventException;

/**
 * Keeps {@link ExporterReplica} in step with {@code exporters.v1}. Duplicates and stale events are dropped by the
 * idempotent consumer; a message that still fails after the retries goes to {@code exporters.v1.dlq.matching-service}.
 */
@ApplicationScoped
public class ExporterEventsConsumer {
    static final String CONSUMER = "matching-service.exporters";

    private final IdempotentConsumer consumer;
    private final EntityManager entityManager;

    public ExporterEventsConsumer(IdempotentConsumer consumer, EntityManager entityManager) {
        this.consumer = consumer;
        this.entityManager = entityManager;
    }

    @Incoming("exporters")
    @Blocking
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = MalformedEventException.class)
    public void on(String message) {
        consumer.consume(CONSUMER, message, ExporterData.class, this::apply);
    }

    private void apply(EventEnvelope event, ExporterData data) {
        ExporterReplica replica = entityManager.find(ExporterReplica.class, event.subject());
        if (replica == null) {
            replica = new ExporterReplica(event.subject());
            replica.apply(event, data);
            entityManager.persist(replica);
        } else {
            replica.apply(event, data);
        }
    }
}
