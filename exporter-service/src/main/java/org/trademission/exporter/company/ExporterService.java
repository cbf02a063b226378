package org.trademission.exporter.company;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.outbox.Outbox;
import org.trademission.platform.problem.ProblemException;
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
        requireUnique(request, null);
        Exporter exporter = Exporter.register(request, now());
        exporters.persistAndFlush(exporter);
        commit(exporter, audit.snapshot(null), exporter.registered());
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
     * Upserts by {@code crmId} when the request has one, else by INN (keeping the CRM id the exporter has). Runs in
     * the caller's transaction: the import groups rows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Upserted upsert(ExporterRequest request) {
        if (request.crmId() != null) {
            return upsertByCrmId(request.crmId(), request);
        }
        Optional<UUID> existing = exporters.findIdByInn(request.inn());
        if (existing.isEmpty()) {
            return new Upserted(register(request), UpsertOutcome.CREATED);
        }
        Exporter exporter = exporters.findForUpdate(existing.get()).orElseThrow();
        boolean changed = apply(exporter, request.withCrmId(exporter.crmId()));
        return new Upserted(exporter, changed ? UpsertOutcome.UPDATED : UpsertOutcome.UNCHANGED);
    }

    /** Applies the request to a locked exporter; answers whether anything changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean apply(Exporter exporter, ExporterRequest request) {
        requireUnique(request, exporter.id());
        JsonNode before = audit.snapshot(exporter);
        Optional<DomainEvent> event = exporter.update(request, now());
        event.ifPresent(e -> commit(exporter, before, e));
        exporters.flush();
        return event.isPresent();
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

    /** Checks the unique keys by id only, so that no other exporter is loaded (unlocked) into this transaction. */
    private void requireUnique(ExporterRequest request, UUID self) {
        exporters.findIdByInn(request.inn()).filter(other -> !other.equals(self)).ifPresent(other -> {
            throw ProblemException.conflict("An exporter with INN " + request.inn() + " already exists: " + other);
        });
        if (request.ogrn() != null && !request.ogrn().isBlank()) {
            exporters.findIdByOgrn(request.ogrn().trim()).filter(other -> !other.equals(self)).ifPresent(other -> {
                throw ProblemException.conflict("An exporter with OGRN " + request.ogrn() + " already exists: "
                        + other);
            });
        }
        if (request.crmId() != null && !request.crmId().isBlank()) {
            exporters.findIdByCrmId(request.crmId().trim()).filter(other -> !other.equals(self)).ifPresent(other -> {
                throw ProblemException.conflict("An exporter with crmId " + request.crmId() + " already exists: "
                        + other);
            });
        }
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The result of an upsert: the exporter and what happened to it. */
    public record Upserted(Exporter exporter, UpsertOutcome outcome) {
    }
}
