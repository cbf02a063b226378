package org.trademission.matching.buyer;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.buyer.BuyerData;
import org.trademission.platform.replica.ReplicaConsumer;

/**
 * Keeps {@link BuyerReplica} in step with {@code buyers.v1} (the platform's replica machinery: duplicates and stale
 * events dropped, curable failures retried, poison parked on {@code buyers.v1.dlq.matching-service}).
 */
@ApplicationScoped
public class BuyerEventsConsumer extends ReplicaConsumer<BuyerData> {
    static final String CONSUMER = "matching-service.buyers";

    public BuyerEventsConsumer() {
        super(CONSUMER, "buyers", BuyerData.class);
    }

    @Incoming("buyers")
    @Blocking
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return deliver(batch);
    }

    @Override
    protected Class<?> replicaType() {
        return BuyerReplica.class;
    }

    @Override
    protected void apply(EventEnvelope event, BuyerData data) {
        upsert(BuyerReplica.class, event.subject(), BuyerReplica::new, replica -> replica.apply(event, data));
    }
}
