package org.trademission.exporter.company;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
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
import org.trademission.platform.outbox.Outbox;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.importing.UniqueKeys;
import org.trademission.platform.importing.UpsertOutcome;
import org.trademission.platform.web.MergePatcher;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.Versions;

/**
 * The directory's use cases; each one a transaction that stores the change, its event (outbox) and its audit entry
 * together.
 */
@ApplicationScoped
public class ExporterService {
    private final ExporterRepository exporters;
    private final Outbox outbox;
    private final ExporterAudit audit;
    private final ExporterChangeRules rules;
    private final MergePatcher patcher;
    private final Clock clock;

    public ExporterService(ExporterRepository exporters, Outbox outbox, ExporterAudit audit, ExporterChangeRules rules,
            MergePatcher patcher) {
        this.exporters = exporters;
        this.outbox = outbox;
        this.audit = audit;
        this.rules = rules;
        this.patcher = patcher;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public Exporter register(ExporterRequest request) {
        Exporter exporter = create(request, this::storedHolder);
        exporters.flush();
        return exporter;
    }

    @Transactional
    public Exporter update(UUID id, String ifMatch, ExporterRequest request) {
        Exporter exporter = lockedWithVersion(id, ifMatch);
        rules.requireMayChange(exporter);
        apply(exporter, rules.withCrmIdRule(exporter, request));
        return exporter;
    }

    /** A JSON Merge Patch, applied to the state read under the row lock so that concurrent patches both count. */
    @Transactional
    public Exporter patch(UUID id, String ifMatch, JsonNode patch) {
        Exporter exporter = lockedWithVersion(id, ifMatch);
        rules.requireMayChange(exporter);
        ExporterRequest patched = patcher.apply(exporter.request(), patch, ExporterRequest.class);
        apply(exporter, rules.withCrmIdRule(exporter, patched));
        return exporter;
    }

    /** Creates or updates the exporter the CRM knows by {@code crmId}; the same payload twice changes nothing. */
    @Transactional
    public Upserted upsertByCrmId(String crmId, ExporterRequest request) {
        if (request.crmId() != null && !request.crmId().equals(crmId)) {
            throw ProblemException.invalid("crmId", "must equal the crmId of the address, or be left out");
        }
        ExporterRequest withCrmId = request.withCrmId(crmId);
        Optional<UUID> existing = exporters.findIdByCrmId(crmId);
        if (existing.isEmpty()) {
            return new Upserted(register(withCrmId), UpsertOutcome.CREATED);
        }
        Exporter exporter = exporters.findForUpdate(existing.get()).orElseThrow();
        return new Upserted(exporter, apply(exporter, withCrmId) ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED);
    }

    /**
     * Upserts a chunk of an import, each row by {@code crmId} when it has one, else by INN (keeping the CRM id the
     * exporter has), in the caller's transaction; answers what happened to each row, in order. The exporters the
     * rows name are read in one query and locked in a second, not a few queries per row; each row is checked against
     * them and the rows before it, and the chunk is written when the transaction ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Upserted> upsertAll(List<ExporterRequest> requests) {
        UniqueKeys keys = exporters.uniqueKeys(values(requests, ExporterRequest::crmId),
                values(requests, ExporterRequest::inn), values(requests, ExporterRequest::ogrn));
        Map<UUID, Exporter> targets = new HashMap<>(exporters.lockAll(
                requests.stream().flatMap(request -> target(keys, request).stream()).toList()));
        List<Upserted> upserted = new ArrayList<>(requests.size());
        for (ExporterRequest request : requests) {
            Optional<UUID> existing = target(keys, request);
            Upserted row;
            if (existing.isEmpty()) {
                row = new Upserted(create(request, keys::find), UpsertOutcome.CREATED);
            } else {
                Exporter exporter = targets.computeIfAbsent(existing.get(),
                        id -> exporters.findForUpdate(id).orElseThrow());
                boolean changed = change(exporter,
                        request.crmId() != null ? request : request.withCrmId(exporter.crmId()), keys::find);
                row = new Upserted(exporter, changed ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED);
            }
            targets.put(row.exporter().id(), row.exporter());
            ExporterKeys.record(keys, row.exporter());
            upserted.add(row);
        }
        return upserted;
    }

    /** Applies the request to a locked exporter; answers whether anything changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean apply(Exporter exporter, ExporterRequest request) {
        boolean changed = change(exporter, request, this::storedHolder);
        exporters.flush();
        return changed;
    }

    @Transactional
    public Exporter verify(UUID id, String ifMatch) {
        Exporter exporter = lockedWithVersion(id, ifMatch);
        JsonNode before = audit.snapshot(exporter);
        commit(exporter, before, exporter.verify(now()));
        return exporter;
    }

    @Transactional
    public Exporter suspend(UUID id, String ifMatch, String reason) {
        Exporter exporter = lockedWithVersion(id, ifMatch);
        JsonNode before = audit.snapshot(exporter);
        commit(exporter, before, exporter.suspend(reason == null || reason.isBlank() ? null : reason.trim(), now()));
        return exporter;
    }

    /** A read: joins the caller's transaction when there is one, and otherwise starts none (docs/performance.md). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Exporter get(UUID id) {
        return exporters.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Exporter", id));
    }

    /** Loads and locks the exporter for a change, checking {@code If-Match} under the lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Exporter lockedWithVersion(UUID id, String ifMatch) {
        Exporter exporter = exporters.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Exporter", id));
        Versions.requireMatch(ifMatch, exporter.version());
        return exporter;
    }

    /** A read: no transaction of its own (see {@link #get}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ExporterView> search(ExporterSearch search, ExporterSort sort, PageRequest page,
            Predicate<UUID> seesContacts) {
        return exporters.search(search, sort, page).map(row -> row.view(seesContacts.test(row.id())));
    }

    /** Stores the event in the outbox and the audit trail, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void commit(Exporter exporter, JsonNode before, DomainEvent event) {
        outbox.append(event);
        audit.record(exporter, before, event, now());
    }

    private Exporter create(ExporterRequest request, KeyHolders holders) {
        requireUnique(request, null, holders);
        Exporter exporter = Exporter.register(request, now());
        exporters.persist(exporter);
        commit(exporter, audit.snapshot(null), exporter.registered());
        return exporter;
    }

    /** An unchanged request touches nothing: no uniqueness queries, no audit snapshot, no new version. */
    private boolean change(Exporter exporter, ExporterRequest request, KeyHolders holders) {
        if (!exporter.changedBy(request)) {
            return false;
        }
        requireUnique(request, exporter.id(), holders);
        JsonNode before = audit.snapshot(exporter);
        exporter.update(request, now()).ifPresent(event -> commit(exporter, before, event));
        return true;
    }

    private void requireUnique(ExporterRequest request, UUID self, KeyHolders holders) {
        requireFree(holders, ExporterKeys.INN, "INN", request.inn(), self);
        requireFree(holders, ExporterKeys.OGRN, "OGRN", key(request.ogrn()), self);
        requireFree(holders, ExporterKeys.CRM_ID, "crmId", key(request.crmId()), self);
    }

    private static void requireFree(KeyHolders holders, String key, String label, String value, UUID self) {
        if (value == null) {
            return;
        }
        holders.holder(key, value).filter(other -> !other.equals(self)).ifPresent(other -> {
            throw ProblemException.conflict("An exporter with " + label + " " + value + " already exists: " + other);
        });
    }

    /** Looks the keys up by id only, so that no other exporter is loaded (unlocked) into this transaction. */
    private Optional<UUID> storedHolder(String key, String value) {
        return switch (key) {
            case ExporterKeys.INN -> exporters.findIdByInn(value);
            case ExporterKeys.OGRN -> exporters.findIdByOgrn(value);
            default -> exporters.findIdByCrmId(value);
        };
    }

    /** The exporter an import row updates: by crmId when the row has one, else by INN. */
    private static Optional<UUID> target(UniqueKeys keys, ExporterRequest request) {
        return request.crmId() != null ? keys.find(ExporterKeys.CRM_ID, key(request.crmId()))
                : keys.find(ExporterKeys.INN, request.inn());
    }

    private static Set<String> values(List<ExporterRequest> requests, Function<ExporterRequest, String> key) {
        return requests.stream().map(key).map(ExporterService::key).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static String key(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Who holds a unique key: the stored exporters, or those of an import's chunk ({@link UniqueKeys}). */
    @FunctionalInterface
    private interface KeyHolders {
        Optional<UUID> holder(String key, String value);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The result of an upsert: the exporter and what happened to it. */
    public record Upserted(Exporter exporter, UpsertOutcome outcome) {
    }
}
