package org.trademission.platform.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.trademission.platform.json.JsonColumn;

/** One entry of an aggregate's audit trail; (type, id, version) is unique, so a reused version cannot hide. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {
    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };
    private static final int MAX_CHANGES_LENGTH = 100_000;

    @Id
    private UUID id;
    @Column(name = "aggregate_type", nullable = false, length = 50)
    private String aggregateType;
    @Column(name = "aggregate_id", nullable = false)
    private UUID aggregateId;
    @Column(nullable = false)
    private long version;
    @Column(nullable = false, length = 60)
    private String action;
    @Column(nullable = false, length = 300)
    private String actor;
    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;
    @Column(nullable = false, length = MAX_CHANGES_LENGTH)
    private String changes;

    protected AuditEntry() {
    }

    AuditEntry(String aggregateType, UUID aggregateId, long version, String action, String actor,
            OffsetDateTime occurredAt, List<FieldChange> changes) {
        this.id = UUID.randomUUID();
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.version = version;
        this.action = action;
        this.actor = actor.length() > 300 ? actor.substring(0, 300) : actor;
        this.occurredAt = occurredAt;
        String json = JsonColumn.write(changes);
        this.changes = json.length() > MAX_CHANGES_LENGTH ? "[]" : json;
    }

    HistoryEntryView view() {
        return new HistoryEntryView(version, action, actor, occurredAt, JsonColumn.read(changes, CHANGES));
    }
}
