package org.trademission.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.security.Caller;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;

/**
 * Writes and reads audit trails: every event of an aggregate, with its author and the fields it changed (a diff of
 * the aggregate's state before and after, as JSON). Written in the transaction of the change.
 */
@ApplicationScoped
public class AuditTrail {
    private static final Set<String> NOT_AUDITED = Set.of("version", "createdAt", "updatedAt", "id");

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Caller caller;

    public AuditTrail(EntityManager entityManager, ObjectMapper objectMapper, Caller caller) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.caller = caller;
    }

    /** An aggregate's state as audited: {@code view}'s fields without id, version and timestamps. */
    public ObjectNode snapshot(Object view) {
        if (view == null) {
            return objectMapper.createObjectNode();
        }
        ObjectNode state = objectMapper.valueToTree(view);
        NOT_AUDITED.forEach(state::remove);
        return state;
    }

    public JsonNode tree(Object value) {
        return objectMapper.valueToTree(value);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String aggregateType, JsonNode before, JsonNode after, DomainEvent event, OffsetDateTime at) {
        entityManager.persist(new AuditEntry(aggregateType, event.subject(), event.sequence(), event.type(),
                caller.name(), at, diff(before, after)));
    }

    @Transactional
    public PageResult<HistoryEntryView> history(String aggregateType, UUID id, PageRequest page, HistorySort sort) {
        List<AuditEntry> entries = entityManager.createQuery("from AuditEntry a where a.aggregateType = :type "
                + "and a.aggregateId = :id order by " + sort.orderBy(), AuditEntry.class)
                .setParameter("type", aggregateType).setParameter("id", id)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = entityManager.createQuery("select count(a) from AuditEntry a where a.aggregateType = :type "
                + "and a.aggregateId = :id", Long.class).setParameter("type", aggregateType).setParameter("id", id)
                .getSingleResult();
        return new PageResult<>(entries.stream().map(AuditEntry::view).toList(), page.page(), page.size(), total);
    }

    static List<FieldChange> diff(JsonNode before, JsonNode after) {
        Set<String> fields = new TreeSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode from = before.get(field);
            JsonNode to = after.get(field);
            if (!equal(from, to)) {
                changes.add(new FieldChange(field, from, to));
            }
        }
        return changes;
    }

    private static boolean equal(JsonNode a, JsonNode b) {
        boolean aEmpty = a == null || a.isNull();
        boolean bEmpty = b == null || b.isNull();
        return aEmpty && bEmpty || !aEmpty && !bEmpty && a.equals(b);
    }
}
