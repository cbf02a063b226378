package org.trademission.mission.exporter;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.exporter.ExporterData;
import org.trademission.platform.replica.ReplicaConsumer;

/**
 * Keeps {@link ExporterReplica} in step with {@code exporters.v1} (the platform's replica machinery: duplicates and
 * stale events dropped, curable failures retried, poison parked on {@code exporters.v1.dlq.mission-service}).
 */
@ApplicationScoped
public class ExporterEventsConsumer extends ReplicaConsumer<ExporterData> {
    static final String CONSUMER = "mission-service.exporters";

    public ExporterEventsConsumer() {
        super(CONSUMER, "exporters", ExporterData.class);
    }

    @Incoming("exporters")
    @Blocking
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return deliver(batch);
    }

    @Override
    protected Class<?> replicaType() {
        return ExporterReplica.class;
    }

    @Override
    protected void apply(EventEnvelope event, ExporterData data) {
        upsert(ExporterReplica.class, event.subject(), ExporterReplica::new, replica -> replica.apply(event, data));
    }
}
