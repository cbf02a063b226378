package org.trademission.exporter.company;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.trademission.platform.json.JsonColumn;

/** One entry of an exporter's audit trail: which change made which version, who made it, and what it changed. */
@Entity
@Table(name = "exporter_history")
public class ExporterHistory {
    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    @Id
    private UUID id;
    @Column(name = "exporter_id", nullable = false)
    private UUID exporterId;
    @Column(nullable = false)
    private long version;
    @Column(nullable = false, length = 40)
    private String action;
    @Column(nullable = false, length = 300)
    private String actor;
    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;
    @Column(nullable = false, length = 100_000)
    private String changes;

    protected ExporterHistory() {
    }

    ExporterHistory(UUID exporterId, long version, String action, String actor, OffsetDateTime occurredAt,
            List<FieldChange> changes) {
        this.id = UUID.randomUUID();
        this.exporterId = exporterId;
        this.version = version;
        this.action = action;
        this.actor = actor;
        this.occurredAt = occurredAt;
        String json = JsonColumn.write(changes);
        this.changes = json.length() > 100_000 ? "[]" : json;
    }

    HistoryEntryView view() {
        return new HistoryEntryView(version, action, actor, occurredAt, JsonColumn.read(changes, CHANGES));
    }

    /** One changed field: its JSON name and the values before and after. */
    public record FieldChange(String field, Object from, Object to) {
    }

    /** An audit entry as the API shows it. */
    public record HistoryEntryView(long version, String action, String actor, OffsetDateTime at,
            List<FieldChange> changes) {
    }
}
