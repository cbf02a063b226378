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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.trademission.platform.event.EventEnvelope;

/**
 * Applies an event at most once per consumer: the event id and the subject's new sequence are stored in the same
 * transaction as the handler's write. An id seen before, or a sequence not newer than the one held for the subject,
 * is skipped. A failing handler rolls everything back, so the message can be retried (and, after bounded retries,
 * dead-lettered by the messaging layer).
 *
 * <p>{@link #consumeAll} applies a polled batch in one transaction, reading the ids and sequences it needs in two
 * queries instead of two per event; any failure rolls the whole batch back, and the caller replays it message by
 * message ({@link PatientDelivery#deliverAll}).
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

    /**
     * As {@link #consume(String, String, Class, DataHandler)} for every message, in order, in one transaction: a
     * message fails the whole batch. {@code beforeApplying} learns first which subjects the batch may change (e.g. to
     * load them in one query rather than one each).
     */
    @Transactional
    public <T> List<ConsumeOutcome> consumeAll(String consumer, List<String> messages, Class<T> dataType,
            DataHandler<T> handler, Consumer<List<UUID>> beforeApplying) {
        List<EventEnvelope> events = messages.stream().map(this::parse).toList();
        Set<UUID> seen = processedAmong(consumer, events);
        Map<UUID, ConsumedSubject> subjects = subjectsOf(consumer, events);
        beforeApplying.accept(events.stream().map(EventEnvelope::subject).distinct().toList());
        List<ConsumeOutcome> outcomes = new ArrayList<>(events.size());
        List<ConsumedSubject> newSubjects = new ArrayList<>();
        List<UUID> recorded = new ArrayList<>();
        for (EventEnvelope event : events) {
            if (!seen.add(event.id())) {
                outcomes.add(ConsumeOutcome.DUPLICATE);
                continue;
            }
            recorded.add(event.id());
            ConsumedSubject subject = subjects.get(event.subject());
            if (subject != null && event.sequence() <= subject.sequence) {
                outcomes.add(ConsumeOutcome.STALE);
                continue;
            }
            handler.handle(event, data(event, dataType));
            if (subject == null) {
                subject = new ConsumedSubject();
                subject.key = new ConsumedSubject.Key(consumer, event.subject());
                newSubjects.add(subject);
                subjects.put(event.subject(), subject);
            }
            subject.sequence = event.sequence();
            outcomes.add(ConsumeOutcome.APPLIED);
        }
        // persisted together after the handlers, so that the inserts of each table go out as one JDBC batch
        newSubjects.forEach(entityManager::persist);
        recorded.forEach(id -> record(new ProcessedEvent.Key(consumer, id)));
        return outcomes;
    }

    // The lookups name only the ids and leave the consumer to Java: given "consumer = ?" too, H2 walks every row of
    // the consumer in the primary key and tests each against the whole list, which grows with the table.
    private Set<UUID> processedAmong(String consumer, List<EventEnvelope> events) {
        Set<UUID> ids = new HashSet<>();
        events.forEach(event -> ids.add(event.id()));
        Set<UUID> processed = new HashSet<>();
        entityManager.createQuery("select p.key from ProcessedEvent p where p.key.eventId in :ids",
                ProcessedEvent.Key.class).setParameter("ids", ids).getResultList().stream()
                .filter(key -> key.consumer().equals(consumer)).forEach(key -> processed.add(key.eventId()));
        return processed;
    }

    /** The subjects' sequences, locked as {@link #consume(String, EventEnvelope, EventHandler)} locks one. */
    private Map<UUID, ConsumedSubject> subjectsOf(String consumer, List<EventEnvelope> events) {
        Set<UUID> ids = new HashSet<>();
        events.forEach(event -> ids.add(event.subject()));
        Map<UUID, ConsumedSubject> subjects = new HashMap<>();
        entityManager.createQuery("from ConsumedSubject s where s.key.subject in :ids", ConsumedSubject.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream()
                .filter(subject -> subject.key.consumer().equals(consumer))
                .forEach(subject -> subjects.put(subject.key.subject(), subject));
        return subjects;
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
