package org.trademission.exporter.company;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;

/**
 * Who sees what of the directory (docs/security.md): contacts and suspended exporters are for the agency (staff,
 * crm) and the company itself. A token with several groups has the union of their rights.
 */
@ApplicationScoped
public class ExporterAccess {
    private final Caller caller;
    private final ExporterService exporters;

    public ExporterAccess(Caller caller, ExporterService exporters) {
        this.caller = caller;
        this.exporters = exporters;
    }

    /** Contacts (and a suspended record) are shown to the agency and to the company itself. */
    public boolean seesPrivate(UUID exporterId) {
        return caller.isAgency() || caller.isExporter(exporterId);
    }

    /** The exporter the caller acts as, to keep its own record in its search results even when suspended. */
    public UUID self() {
        return caller.exporterId().orElse(null);
    }

    /** A suspended exporter does not exist for anyone but the agency and itself. */
    public Exporter requireVisible(UUID exporterId) {
        Exporter exporter = exporters.get(exporterId);
        if (exporter.status() == ExporterStatus.SUSPENDED && !seesPrivate(exporterId)) {
            throw ProblemException.notFound("Exporter", exporterId);
        }
        return exporter;
    }
}
