package org.trademission.exporter.company;

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
import org.trademission.exporter.product.Product;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.security.Caller;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;

/** Writes and reads the audit trail: every event of an exporter, with its author and the fields it changed. */
@ApplicationScoped
public class ExporterAudit {
    private static final Set<String> NOT_AUDITED = Set.of("version", "createdAt", "updatedAt", "id");

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Caller caller;

    public ExporterAudit(EntityManager entityManager, ObjectMapper objectMapper, Caller caller) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.caller = caller;
    }

    /** The exporter's state as audited: its fields, status and products. */
    public JsonNode snapshot(Exporter exporter) {
        if (exporter == null) {
            return objectMapper.createObjectNode();
        }
        ObjectNode state = objectMapper.valueToTree(exporter.view(true));
        NOT_AUDITED.forEach(state::remove);
        state.set("products", objectMapper.valueToTree(exporter.products().stream().map(Product::request).toList()));
        return state;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Exporter exporter, JsonNode before, DomainEvent event, OffsetDateTime at) {
        List<ExporterHistory.FieldChange> changes = diff(before, snapshot(exporter));
        entityManager.persist(new ExporterHistory(exporter.id(), event.sequence(), event.type(), caller.name(), at,
                changes));
    }

    @Transactional
    public PageResult<ExporterHistory.HistoryEntryView> history(UUID exporterId, PageRequest page) {
        List<ExporterHistory> entries = entityManager.createQuery(
                "from ExporterHistory h where h.exporterId = :id order by h.version desc", ExporterHistory.class)
                .setParameter("id", exporterId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = entityManager.createQuery("select count(h) from ExporterHistory h where h.exporterId = :id",
                Long.class).setParameter("id", exporterId).getSingleResult();
        return new PageResult<>(entries.stream().map(ExporterHistory::view).toList(), page.page(), page.size(), total);
    }

    private static List<ExporterHistory.FieldChange> diff(JsonNode before, JsonNode after) {
        Set<String> fields = new TreeSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        List<ExporterHistory.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode from = before.get(field);
            JsonNode to = after.get(field);
            if (!equal(from, to)) {
                changes.add(new ExporterHistory.FieldChange(field, from, to));
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
