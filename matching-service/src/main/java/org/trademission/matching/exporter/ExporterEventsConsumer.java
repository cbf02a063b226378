package org.trademission.matching.exporter;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.exporter.ExporterData;
import org.trademission.platform.inbox.IdempotentConsumer;
import org.trademission.platform.inbox.EventSink;
import org.trademission.platform.inbox.PatientDelivery;

/**
 * Keeps {@link ExporterReplica} in step with {@code exporters.v1}. Duplicates and stale events are dropped by the
 * idempotent consumer; a curable failure (database away) is retried without limit, a message that can never be
 * applied goes to {@code exporters.v1.dlq.matching-service} (see {@link PatientDelivery}).
 */
@ApplicationScoped
public class ExporterEventsConsumer implements EventSink {
    static final String CONSUMER = "matching-service.exporters";

    private final IdempotentConsumer consumer;
    private final PatientDelivery delivery;
    private final EntityManager entityManager;

    public ExporterEventsConsumer(IdempotentConsumer consumer, PatientDelivery delivery, EntityManager entityManager) {
        this.consumer = consumer;
        this.delivery = delivery;
        this.entityManager = entityManager;
    }

    @Incoming("exporters")
    @Blocking
    public void on(String message) {
        delivery.deliver(this, message);
    }

    @Override
    public String channel() {
        return "exporters";
    }

    @Override
    public void accept(String message) {
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
