package org.trademission.buyer.company;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.importing.UpsertOutcome;
import org.trademission.platform.outbox.Outbox;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.web.MergePatcher;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.SortRequest;
import org.trademission.platform.web.Versions;

/**
 * The buyer directory's use cases; each one a transaction that loads what it changes under the buyer's row lock and
 * stores the change, its event (outbox) and its audit entry together.
 */
@ApplicationScoped
public class BuyerService {
    static final java.util.Map<String, String> SORTABLE = java.util.Map.of("displayName", "displayName", "legalName",
            "legalName", "createdAt", "createdAt", "updatedAt", "updatedAt", "country", "country", "city", "city");

    private final BuyerRepository buyers;
    private final Outbox outbox;
    private final BuyerAudit audit;
    private final BuyerAccess access;
    private final MergePatcher patcher;
    private final Clock clock;

    public BuyerService(BuyerRepository buyers, Outbox outbox, BuyerAudit audit, BuyerAccess access,
            MergePatcher patcher) {
        this.buyers = buyers;
        this.outbox = outbox;
        this.audit = audit;
        this.access = access;
        this.patcher = patcher;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public Buyer register(BuyerRequest request) {
        requireUnique(request, null);
        Buyer buyer = Buyer.register(request, now());
        buyers.persistAndFlush(buyer);
        commit(buyer, audit.snapshot(null), buyer.registered());
        return buyer;
    }

    @Transactional
    public Buyer update(UUID id, String ifMatch, BuyerRequest request) {
        Buyer buyer = lockedWithVersion(id, ifMatch);
        apply(buyer, access.withCrmIdRule(buyer, request));
        return buyer;
    }

    /** A JSON Merge Patch, applied to the state read under the row lock so that concurrent patches both count. */
    @Transactional
    public Buyer patch(UUID id, String ifMatch, JsonNode patch) {
        Buyer buyer = lockedWithVersion(id, ifMatch);
        BuyerRequest patched = patcher.apply(buyer.request(), patch, BuyerRequest.class);
        apply(buyer, access.withCrmIdRule(buyer, patched));
        return buyer;
    }

    /** Creates or updates the buyer the CRM knows by {@code crmId}; the same payload twice changes nothing. */
    @Transactional
    public Upserted upsertByCrmId(String crmId, BuyerRequest request) {
        if (request.crmId() != null && !request.crmId().equals(crmId)) {
            throw ProblemException.invalid("crmId", "must equal the crmId of the address, or be left out");
        }
        BuyerRequest withCrmId = request.withCrmId(crmId);
        Optional<UUID> existing = buyers.findIdByCrmId(crmId);
        if (existing.isEmpty()) {
            return new Upserted(register(withCrmId), UpsertOutcome.CREATED);
        }
        Buyer buyer = buyers.findForUpdate(existing.get()).orElseThrow();
        return new Upserted(buyer, apply(buyer, withCrmId) ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED);
    }

    /** Upserts by crmId when the row has one, else by ICE (keeping the buyer's CRM id); in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Upserted upsert(BuyerRequest request) {
        if (request.crmId() != null) {
            return upsertByCrmId(request.crmId(), request);
        }
        Optional<UUID> existing = request.ice() == null ? Optional.empty() : buyers.findIdByIce(request.ice());
        if (existing.isEmpty()) {
            return new Upserted(register(request), UpsertOutcome.CREATED);
        }
        Buyer buyer = buyers.findForUpdate(existing.get()).orElseThrow();
        boolean changed = apply(buyer, request.withCrmId(buyer.crmId()));
        return new Upserted(buyer, changed ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED);
    }

    @Transactional
    public Buyer enrol(UUID id, String ifMatch) {
        Buyer buyer = lockedWithVersion(id, ifMatch);
        JsonNode before = audit.snapshot(buyer);
        commit(buyer, before, buyer.enrol(LocalDate.now(clock), now()));
        return buyer;
    }

    @Transactional
    public Buyer withdraw(UUID id, String ifMatch, String reason) {
        Buyer buyer = lockedWithVersion(id, ifMatch);
        JsonNode before = audit.snapshot(buyer);
        commit(buyer, before, buyer.withdraw(reason, LocalDate.now(clock), now()));
        return buyer;
    }

    /** A read: joins the caller's transaction when there is one, and otherwise starts none (docs/performance.md). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Buyer get(UUID id) {
        return buyers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Buyer", id));
    }

    /** A read: no transaction of its own (see {@link #get}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<BuyerView> search(BuyerSearch search, String sort, PageRequest page,
            Predicate<UUID> seesContacts) {
        return buyers.search(search, SortRequest.panache(sort, SORTABLE, java.util.List.of("displayName",
                "createdAt")), page).map(row -> row.view(seesContacts.test(row.id())));
    }

    /** Loads and locks the buyer for a change, checking {@code If-Match} under the lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Buyer lockedWithVersion(UUID id, String ifMatch) {
        Buyer buyer = buyers.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Buyer", id));
        Versions.requireMatch(ifMatch, buyer.version());
        return buyer;
    }

    /** Stores the event in the outbox and the audit trail, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void commit(Buyer buyer, JsonNode before, DomainEvent event) {
        outbox.append(event);
        audit.record(buyer, before, event, now());
    }

    /** Applies the request to a locked buyer; answers whether anything changed. */
    private boolean apply(Buyer buyer, BuyerRequest request) {
        requireUnique(request, buyer.id());
        JsonNode before = audit.snapshot(buyer);
        Optional<DomainEvent> event = buyer.update(request, now());
        event.ifPresent(e -> commit(buyer, before, e));
        buyers.flush();
        return event.isPresent();
    }

    /** Checks the unique keys by id only, so that no other buyer is loaded (unlocked) into this transaction. */
    private void requireUnique(BuyerRequest request, UUID self) {
        if (request.ice() != null && !request.ice().isBlank()) {
            buyers.findIdByIce(request.ice().trim()).filter(other -> !other.equals(self)).ifPresent(other -> {
                throw ProblemException.conflict("A buyer with ICE " + request.ice() + " already exists: " + other);
            });
        }
        if (request.crmId() != null && !request.crmId().isBlank()) {
            buyers.findIdByCrmId(request.crmId().trim()).filter(other -> !other.equals(self)).ifPresent(other -> {
                throw ProblemException.conflict("A buyer with crmId " + request.crmId() + " already exists: " + other);
            });
        }
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Today where the day ends last (UTC-12): a date is "in the past" only once it is past everywhere. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneOffset.ofHours(-12)));
    }

    /** The result of an upsert: the buyer and what happened to it. */
    public record Upserted(Buyer buyer, UpsertOutcome outcome) {
    }
}
