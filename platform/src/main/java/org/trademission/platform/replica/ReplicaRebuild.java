package org.trademission.platform.replica;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.trademission.platform.inbox.EventSink;
import org.trademission.platform.inbox.PatientDelivery;
import org.trademission.platform.kafka.TopicReader;

/**
 * Rebuilds every replica of the service from its topic's beginning: empties the replica and the consumer's
 * processed ids and sequences, then reads the topic to its current end outside the consumer group and applies each
 * event through the same consumer, {@value #BATCH_SIZE} events to a transaction. The channel goes on meanwhile; events
 * carry whole states and the idempotent consumer keeps the newest sequence, so both converge on the same state.
 */
@ApplicationScoped
public class ReplicaRebuild {
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(10);
    private static final int BATCH_SIZE = 500;
    private static final Logger LOG = Logger.getLogger(ReplicaRebuild.class);

    private final Instance<ReplicaConsumer<?>> consumers;
    private final EntityManager entityManager;
    private final TopicReader reader;
    private final PatientDelivery delivery;
    private final Config config;

    public ReplicaRebuild(Instance<ReplicaConsumer<?>> consumers, EntityManager entityManager, TopicReader reader,
            PatientDelivery delivery, Config config) {
        this.consumers = consumers;
        this.entityManager = entityManager;
        this.reader = reader;
        this.delivery = delivery;
        this.config = config;
    }

    /** What a rebuild did per replica: events read and applied, those parked as poison, and how fast. */
    public record Rebuilt(String topic, String consumer, int events, int unprocessable, long millis,
            double eventsPerSecond) {
    }

    /**
     * With {@code platform.replicas.rebuild-at-start=true}, rebuilds every replica once the service has started, in
     * the background (the service answers meanwhile, from the replicas as they fill).
     */
    void rebuildAtStart(@Observes StartupEvent startup,
            @ConfigProperty(name = "platform.replicas.rebuild-at-start", defaultValue = "false") boolean atStart) {
        if (!atStart) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                rebuild().forEach(r -> LOG.infof("Rebuilt the replica of %s from %d events in %d ms", r.topic(),
                        r.events(), r.millis()));
            } catch (RuntimeException e) {
                LOG.errorf(e, "The replica rebuild at start failed; call POST /api/v1/admin/replicas/rebuild");
            }
        }, "replica-rebuild");
        thread.setDaemon(true);
        thread.start();
    }

    public List<Rebuilt> rebuild() {
        List<Rebuilt> rebuilt = new ArrayList<>();
        for (ReplicaConsumer<?> consumer : consumers) {
            rebuilt.add(rebuild(consumer));
        }
        return rebuilt;
    }

    private Rebuilt rebuild(ReplicaConsumer<?> consumer) {
        long start = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createQuery("delete from " + entityManager.getMetamodel().entity(consumer.replicaType())
                    .getName()).executeUpdate();
            entityManager.createQuery("delete from ProcessedEvent p where p.key.consumer = :consumer")
                    .setParameter("consumer", consumer.consumerName()).executeUpdate();
            entityManager.createQuery("delete from ConsumedSubject s where s.key.consumer = :consumer")
                    .setParameter("consumer", consumer.consumerName()).executeUpdate();
        });
        String topic = EventSink.topic(config, consumer.channel());
        int[] counts = new int[2];
        List<String> batch = new ArrayList<>(BATCH_SIZE);
        Runnable applyBatch = () -> {
            counts[0] += batch.size();
            // what cannot be applied was already parked on the dead-letter topic when it first arrived
            counts[1] += delivery.deliverAll(consumer, batch).size();
            batch.clear();
        };
        reader.read(topic, Map.of(), READ_TIMEOUT, record -> {
            batch.add(record.value());
            if (batch.size() == BATCH_SIZE) {
                applyBatch.run();
            }
        });
        applyBatch.run();
        long millis = Math.max((System.nanoTime() - start) / 1_000_000, 1);
        return new Rebuilt(topic, consumer.consumerName(), counts[0], counts[1], millis,
                Math.round(counts[0] * 1000.0 / millis * 10) / 10.0);
    }
}
