package org.trademission.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The relay's Kafka producer: acks=all and idempotent, so a retried send neither duplicates nor reorders a
 * partition. After a failed send the producer is dropped and made anew, because an idempotent producer can be left
 * in a state it does not recover from by itself.
 */
@ApplicationScoped
public class OutboxPublisher {
    private final String bootstrapServers;
    private final Duration deliveryTimeout;
    private final Duration maxBlock;
    private final Duration linger;
    private Producer<String, String> producer;

    public OutboxPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "platform.outbox.delivery-timeout", defaultValue = "PT15S") Duration deliveryTimeout,
            @ConfigProperty(name = "platform.outbox.max-block", defaultValue = "PT2S") Duration maxBlock,
            @ConfigProperty(name = "platform.outbox.linger", defaultValue = "PT0S") Duration linger) {
        this.bootstrapServers = bootstrapServers;
        this.deliveryTimeout = deliveryTimeout;
        this.maxBlock = maxBlock;
        this.linger = linger;
    }

    synchronized Future<RecordMetadata> send(OutboxMessage message) {
        ProducerRecord<String, String> record = new ProducerRecord<>(message.topic, message.key, message.payload);
        record.headers().add(new RecordHeader("ce_type", message.type.getBytes(StandardCharsets.UTF_8)));
        return producer().send(record);
    }

    synchronized void reset() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @PreDestroy
    void close() {
        reset();
    }

    private Producer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(config());
        }
        return producer;
    }

    private Properties config() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // no linger: the relay sends a whole batch before it waits, so records batch up behind the first in flight
        // anyway; lingering only delayed a lone event (docs/performance.md)
        config.put(ProducerConfig.LINGER_MS_CONFIG, (int) linger.toMillis());
        int timeout = (int) deliveryTimeout.toMillis();
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeout, 10_000));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(timeout, 10_000 + 5));
        // how long a send may wait for the topic's metadata: short, so that an outage fails the round quickly
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) maxBlock.toMillis());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }
}
