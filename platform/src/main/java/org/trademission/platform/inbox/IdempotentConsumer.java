package org.trademission.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.trademission.platform.event.EventEnvelope;

/**
 * Applies an event at most once per consumer: the event id and the subject's new sequence are stored in the same
 * transaction as the handler's write. An id seen before, or a sequence not newer than the one held for the subject,
 * is skipped. A failing handler rolls everything back, so the message can be retried (and, after bounded retries,
 * dead-lettered by the messaging layer).
 */
@ApplicationScoped
public class IdempotentConsumer {
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    public IdempotentConsumer(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    public EventEnvelope parse(String message) {
        try {
            EventEnvelope envelope = objectMapper.readValue(message, EventEnvelope.class);
            if (envelope == null || envelope.id() == null || envelope.type() == null || envelope.subject() == null) {
                throw new MalformedEventException("Not an event envelope: id, type and subject are required", null);
            }
            return envelope;
        } catch (IOException e) {
            throw new MalformedEventException("Not an event envelope: " + e.getMessage(), e);
        }
    }

    /** As {@link #consume(String, String, EventHandler)}, with {@code data} read as {@code dataType} first. */
    @Transactional
    public <T> ConsumeOutcome consume(String consumer, String message, Class<T> dataType, DataHandler<T> handler) {
        return consume(consumer, parse(message), event -> handler.handle(event, data(event, dataType)));
    }

    @Transactional
    public ConsumeOutcome consume(String consumer, String message, EventHandler handler) {
        return consume(consumer, parse(message), handler);
    }

    @Transactional
    public ConsumeOutcome consume(String consumer, EventEnvelope event, EventHandler handler) {
        ProcessedEvent.Key id = new ProcessedEvent.Key(consumer, event.id());
        if (entityManager.find(ProcessedEvent.class, id) != null) {
            return ConsumeOutcome.DUPLICATE;
        }
        ConsumedSubject.Key subjectKey = new ConsumedSubject.Key(consumer, event.subject());
        ConsumedSubject subject = entityManager.find(ConsumedSubject.class, subjectKey, LockModeType.PESSIMISTIC_WRITE);
        if (subject != null && event.sequence() <= subject.sequence) {
            record(id);
            return ConsumeOutcome.STALE;
        }
        handler.handle(event);
        if (subject == null) {
            subject = new ConsumedSubject();
            subject.key = subjectKey;
            entityManager.persist(subject);
        }
        subject.sequence = event.sequence();
        record(id);
        return ConsumeOutcome.APPLIED;
    }

    private <T> T data(EventEnvelope event, Class<T> dataType) {
        try {
            T data = event.data() == null ? null : objectMapper.treeToValue(event.data(), dataType);
            if (data == null) {
                throw new MalformedEventException("Event " + event.id() + " has no data", null);
            }
            return data;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("Event " + event.id() + " has no readable " + dataType.getSimpleName(),
                    e);
        }
    }

    private void record(ProcessedEvent.Key id) {
        ProcessedEvent processed = new ProcessedEvent();
        processed.key = id;
        processed.processedAt = OffsetDateTime.now(ZoneOffset.UTC);
        entityManager.persist(processed);
    }
}
