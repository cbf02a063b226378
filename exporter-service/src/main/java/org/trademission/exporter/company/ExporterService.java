package org.trademission.exporter.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.trademission.platform.event.DomainEvent;
import org.trademission.platform.outbox.Outbox;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.Versions;

/** The directory's use cases; each one a transaction that stores the change and its events together. */
@ApplicationScoped
public class ExporterService {
    private final ExporterRepository exporters;
    private final Outbox outbox;
    private final Clock clock;

    public ExporterService(ExporterRepository exporters, Outbox outbox) {
        this.exporters = exporters;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public Exporter register(ExporterRequest request) {
        requireUnique(request, null);
        Exporter exporter = Exporter.register(request, now());
        exporters.persistAndFlush(exporter);
        outbox.append(exporter.registered());
        return exporter;
    }

    @Transactional
    public Exporter update(UUID id, String ifMatch, ExporterRequest request) {
        Exporter exporter = exporters.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Exporter", id));
        Versions.requireMatch(ifMatch, exporter.version());
        requireUnique(request, id);
        exporter.update(request, now()).ifPresent(outbox::append);
        exporters.flush();
        return exporter;
    }

    /** Creates or updates the exporter the CRM knows by {@code crmId}; the same payload twice changes nothing. */
    @Transactional
    public Upserted upsertByCrmId(String crmId, ExporterRequest request) {
        if (request.crmId() != null && !request.crmId().equals(crmId)) {
            throw ProblemException.invalid("crmId", "must equal the crmId of the address, or be left out");
        }
        ExporterRequest withCrmId = new ExporterRequest(request.legalName(), request.displayName(), request.inn(),
                request.ogrn(), request.city(), request.website(), request.languages(), request.description(),
                request.certifications(), request.contacts(), crmId);
        Optional<Exporter> existing = exporters.findByCrmId(crmId);
        if (existing.isEmpty()) {
            return new Upserted(register(withCrmId), true);
        }
        Exporter exporter = exporters.findForUpdate(existing.get().id()).orElseThrow();
        requireUnique(withCrmId, exporter.id());
        exporter.update(withCrmId, now()).ifPresent(outbox::append);
        exporters.flush();
        return new Upserted(exporter, false);
    }

    @Transactional
    public Exporter verify(UUID id, String ifMatch) {
        Exporter exporter = exporters.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Exporter", id));
        Versions.requireMatch(ifMatch, exporter.version());
        record(exporter.verify(now()));
        return exporter;
    }

    @Transactional
    public Exporter suspend(UUID id, String ifMatch, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "must say why the exporter is suspended");
        }
        Exporter exporter = exporters.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Exporter", id));
        Versions.requireMatch(ifMatch, exporter.version());
        record(exporter.suspend(reason.trim(), now()));
        return exporter;
    }

    @Transactional
    public Exporter get(UUID id) {
        return exporters.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Exporter", id));
    }

    @Transactional
    public PageResult<ExporterView> search(ExporterSearch search, PageRequest page, boolean withContacts) {
        return exporters.search(search, page).map(exporter -> exporter.view(withContacts));
    }

    private void record(DomainEvent event) {
        outbox.append(event);
    }

    private void requireUnique(ExporterRequest request, UUID self) {
        exporters.findByInn(request.inn()).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw ProblemException.conflict("An exporter with INN " + request.inn() + " already exists: " + other.id());
        });
        if (request.ogrn() != null && !request.ogrn().isBlank()) {
            exporters.findByOgrn(request.ogrn().trim()).filter(other -> !other.id().equals(self)).ifPresent(other -> {
                throw ProblemException.conflict("An exporter with OGRN " + request.ogrn() + " already exists: "
                        + other.id());
            });
        }
        if (request.crmId() != null && !request.crmId().isBlank()) {
            exporters.findByCrmId(request.crmId().trim()).filter(other -> !other.id().equals(self))
                    .ifPresent(other -> {
                        throw ProblemException.conflict("An exporter with crmId " + request.crmId()
                                + " already exists: " + other.id());
                    });
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The result of an upsert: the exporter, and whether it was created. */
    public record Upserted(Exporter exporter, boolean created) {
    }
}
