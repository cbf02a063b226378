package org.trademission.exporter.company;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;

/** Who sees what of the directory: partners see neither contacts nor suspended exporters. */
@ApplicationScoped
public class ExporterAccess {
    private final Caller caller;
    private final ExporterService exporters;

    public ExporterAccess(Caller caller, ExporterService exporters) {
        this.caller = caller;
        this.exporters = exporters;
    }

    public boolean isPartnerOnly() {
        return caller.is(Roles.PARTNER) && !caller.isStaff() && !caller.is(Roles.CRM);
    }

    public boolean seesContacts() {
        return !isPartnerOnly();
    }

    /** A suspended exporter does not exist for a partner. */
    public Exporter requireVisible(UUID exporterId) {
        Exporter exporter = exporters.get(exporterId);
        if (isPartnerOnly() && exporter.status() == ExporterStatus.SUSPENDED) {
            throw ProblemException.notFound("Exporter", exporterId);
        }
        return exporter;
    }
}
