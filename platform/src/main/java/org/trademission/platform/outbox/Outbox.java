package org.trademission.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.event.EventEnvelope;

/**
 * Appends events to the outbox table inside the caller's transaction, so an event exists exactly when the state
 * change that caused it was committed. {@link OutboxRelay} publishes them.
 */
@ApplicationScoped
public class Outbox {
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Event<OutboxAppended> appended;
    private final String source;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper, Event<OutboxAppended> appended,
            @ConfigProperty(name = "quarkus.application.name") String source) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.appended = appended;
        this.source = source;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(Collection<DomainEvent> events) {
        events.forEach(this::append);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope append(DomainEvent event) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), event.type(), source, event.subject(),
                OffsetDateTime.now(ZoneOffset.UTC), event.sequence(), objectMapper.valueToTree(event.data()));
        OutboxMessage message = new OutboxMessage();
        message.id = envelope.id();
        message.topic = event.topic();
        message.key = event.subject().toString();
        message.type = event.type();
        message.payload = serialize(envelope);
        message.createdAt = envelope.time();
        entityManager.persist(message);
        appended.fire(new OutboxAppended(event.topic()));
        return envelope;
    }

    private String serialize(EventEnvelope envelope) {
        try {
            return objectMapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + envelope.type() + " cannot be serialised", e);
        }
    }
}
