package org.trademission.buyer.company;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.buyer.interest.SourcingInterest;
import org.trademission.platform.audit.AuditTrail;
import org.trademission.platform.audit.HistoryEntryView;
import org.trademission.platform.audit.HistorySort;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;

/** The buyer's audit trail (the platform's {@link AuditTrail}): its fields, programme and interests per version. */
@ApplicationScoped
public class BuyerAudit {
    static final String AGGREGATE = "buyer";

    private final AuditTrail trail;

    public BuyerAudit(AuditTrail trail) {
        this.trail = trail;
    }

    public JsonNode snapshot(Buyer buyer) {
        if (buyer == null) {
            return trail.snapshot(null);
        }
        ObjectNode state = trail.snapshot(buyer.view(true));
        state.set("interests", trail.tree(buyer.interests().stream().map(SourcingInterest::request).toList()));
        return state;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Buyer buyer, JsonNode before, DomainEvent event, OffsetDateTime at) {
        trail.record(AGGREGATE, before, snapshot(buyer), event, at);
    }

    public PageResult<HistoryEntryView> history(UUID buyerId, PageRequest page, HistorySort sort) {
        return trail.history(AGGREGATE, buyerId, page, sort);
    }
}
