package org.trademission.buyer.company;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.importing.UniqueKeys;
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
    static final Map<String, String> SORTABLE = Map.of("displayName", "displayNameKey", "legalName", "legalNameKey",
            "createdAt", "createdAt", "updatedAt", "updatedAt", "country", "country", "city", "cityKey");

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
        Buyer buyer = create(request, this::storedHolder);
        buyers.flush();
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

    /**
     * Upserts a chunk of an import, each row by crmId when it has one, else by ICE (keeping the buyer's CRM id), in
     * the caller's transaction; answers what happened to each row, in order. The buyers the rows name are read in one
     * query and locked in a second, not a few queries per row; each row is checked against them and the rows before
     * it, and the chunk is written when the transaction ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Upserted> upsertAll(List<BuyerRequest> requests) {
        UniqueKeys keys = buyers.uniqueKeys(values(requests, BuyerRequest::crmId), values(requests, BuyerRequest::ice));
        Map<UUID, Buyer> targets = new HashMap<>(buyers.lockAll(
                requests.stream().flatMap(request -> target(keys, request).stream()).toList()));
        List<Upserted> upserted = new ArrayList<>(requests.size());
        for (BuyerRequest request : requests) {
            Optional<UUID> existing = target(keys, request);
            Upserted row;
            if (existing.isEmpty()) {
                row = new Upserted(create(request, keys::find), UpsertOutcome.CREATED);
            } else {
                Buyer buyer = targets.computeIfAbsent(existing.get(), id -> buyers.findForUpdate(id).orElseThrow());
                boolean changed = change(buyer, request.crmId() != null ? request : request.withCrmId(buyer.crmId()),
                        keys::find);
                row = new Upserted(buyer, changed ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED);
            }
            targets.put(row.buyer().id(), row.buyer());
            BuyerKeys.record(keys, row.buyer());
            upserted.add(row);
        }
        return upserted;
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
        return buyers.search(search, SortRequest.panache(sort, SORTABLE, List.of("displayNameKey",
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
        boolean changed = change(buyer, request, this::storedHolder);
        buyers.flush();
        return changed;
    }

    private Buyer create(BuyerRequest request, KeyHolders holders) {
        requireUnique(request, null, holders);
        Buyer buyer = Buyer.register(request, now());
        buyers.persist(buyer);
        commit(buyer, audit.snapshot(null), buyer.registered());
        return buyer;
    }

    /** An unchanged request touches nothing: no uniqueness queries, no audit snapshot, no new version. */
    private boolean change(Buyer buyer, BuyerRequest request, KeyHolders holders) {
        if (!buyer.changedBy(request)) {
            return false;
        }
        requireUnique(request, buyer.id(), holders);
        JsonNode before = audit.snapshot(buyer);
        buyer.update(request, now()).ifPresent(event -> commit(buyer, before, event));
        return true;
    }

    private void requireUnique(BuyerRequest request, UUID self, KeyHolders holders) {
        requireFree(holders, BuyerKeys.ICE, "ICE", key(request.ice()), self);
        requireFree(holders, BuyerKeys.CRM_ID, "crmId", key(request.crmId()), self);
    }

    private static void requireFree(KeyHolders holders, String key, String label, String value, UUID self) {
        if (value == null) {
            return;
        }
        holders.holder(key, value).filter(other -> !other.equals(self)).ifPresent(other -> {
            throw ProblemException.conflict("A buyer with " + label + " " + value + " already exists: " + other);
        });
    }

    /** Looks the keys up by id only, so that no other buyer is loaded (unlocked) into this transaction. */
    private Optional<UUID> storedHolder(String key, String value) {
        return BuyerKeys.ICE.equals(key) ? buyers.findIdByIce(value) : buyers.findIdByCrmId(value);
    }

    /** The buyer an import row updates: by crmId when the row has one, else by ICE. */
    private static Optional<UUID> target(UniqueKeys keys, BuyerRequest request) {
        return request.crmId() != null ? keys.find(BuyerKeys.CRM_ID, key(request.crmId()))
                : keys.find(BuyerKeys.ICE, key(request.ice()));
    }

    private static Set<String> values(List<BuyerRequest> requests, Function<BuyerRequest, String> key) {
        return requests.stream().map(key).map(BuyerService::key).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static String key(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Who holds a unique key: the stored buyers, or those of an import's chunk ({@link UniqueKeys}). */
    @FunctionalInterface
    private interface KeyHolders {
        Optional<UUID> holder(String key, String value);
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
