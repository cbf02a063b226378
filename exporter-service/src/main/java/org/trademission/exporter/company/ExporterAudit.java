package org.trademission.exporter.company;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.exporter.product.Product;
import org.trademission.platform.audit.AuditTrail;
import org.trademission.platform.audit.HistoryEntryView;
import org.trademission.platform.audit.HistorySort;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;

/** The exporter's audit trail (the platform's {@link AuditTrail}): its fields, status and products per version. */
@ApplicationScoped
public class ExporterAudit {
    static final String AGGREGATE = "exporter";

    private final AuditTrail trail;

    public ExporterAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** The exporter's state as audited: its fields, status and products. */
    public JsonNode snapshot(Exporter exporter) {
        if (exporter == null) {
            return trail.snapshot(null);
        }
        ObjectNode state = trail.snapshot(exporter.view(true));
        state.set("products", trail.tree(exporter.products().stream().map(Product::request).toList()));
        return state;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Exporter exporter, JsonNode before, DomainEvent event, OffsetDateTime at) {
        trail.record(AGGREGATE, before, snapshot(exporter), event, at);
    }

    public PageResult<HistoryEntryView> history(UUID exporterId, PageRequest page, HistorySort sort) {
        return trail.history(AGGREGATE, exporterId, page, sort);
    }
}
