package org.trademission.platform.replica;

import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.inbox.EventSink;
import org.trademission.platform.inbox.IdempotentConsumer;
import org.trademission.platform.inbox.PatientDelivery;

/**
 * Keeps a replica of another service's aggregates from its topic: each message applied at most once, in order per
 * aggregate ({@link IdempotentConsumer}), curable failures retried without limit and poison dead-lettered
 * ({@link PatientDelivery}). A subclass names its consumer and channel, gives the data type, applies one event, and
 * declares the channel's {@code @Incoming @Blocking} method calling {@link #deliver}. Channels are polled in batches
 * ({@code batch=true}), each applied in one transaction and replayed one by one when it fails.
 *
 * @param <D> the event's {@code data} record (from {@code org.trademission.platform.event})
 */
public abstract class ReplicaConsumer<D> implements EventSink {
    @Inject
    IdempotentConsumer consumer;
    @Inject
    PatientDelivery delivery;
    @Inject
    protected EntityManager entityManager;

    private final String consumerName;
    private final String channel;
    private final Class<D> dataType;

    /**
     * @param consumerName the idempotency scope, e.g. {@code mission-service.buyers}
     * @param channel      the Reactive Messaging channel, e.g. {@code buyers}
     */
    protected ReplicaConsumer(String consumerName, String channel, Class<D> dataType) {
        this.consumerName = consumerName;
        this.channel = channel;
        this.dataType = dataType;
    }

    /**
     * For the subclass's {@code @Incoming @Blocking} method of its batched channel ({@code batch=true}): acknowledged
     * when applied, see {@link PatientDelivery}.
     */
    protected final CompletionStage<Void> deliver(KafkaRecordBatch<String, String> batch) {
        return delivery.deliver(this, batch);
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public void accept(String message) {
        consumer.consume(consumerName, message, dataType, this::apply);
    }

    @Override
    public void acceptAll(List<String> messages) {
        consumer.consumeAll(consumerName, messages, dataType, this::apply,
                ids -> entityManager.unwrap(Session.class).findMultiple(replicaType(), ids));
    }

    /** The idempotency scope, e.g. {@code mission-service.buyers}. */
    public String consumerName() {
        return consumerName;
    }

    /** The replica entity this consumer keeps, emptied by a rebuild. */
    protected abstract Class<?> replicaType();

    /** Applies one event to the replica, in the consumer's transaction. */
    protected abstract void apply(EventEnvelope event, D data);

    /** Applies {@code change} to the replica row of {@code id}, made with {@code create} (and stored) when new. */
    protected <E> void upsert(Class<E> type, UUID id, Function<UUID, E> create, Consumer<E> change) {
        E replica = entityManager.find(type, id);
        if (replica == null) {
            replica = create.apply(id);
            change.accept(replica);
            entityManager.persist(replica);
        } else {
            change.accept(replica);
        }
    }
}
