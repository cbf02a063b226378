package org.trademission.exporter.company;

import jakarta.enterprise.context.ApplicationScoped;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;

/**
 * Who may change what (docs/security.md), checked under the exporter's row lock: a suspended exporter changes
 * nothing of its own, and {@code crmId} is written by the agency (staff, crm) only.
 */
@ApplicationScoped
public class ExporterChangeRules {
    private final Caller caller;

    public ExporterChangeRules(Caller caller) {
        this.caller = caller;
    }

    /** Checked under the row lock, before any change: a suspended exporter may not change itself or its products. */
    public void requireMayChange(Exporter exporter) {
        if (exporter.status() == ExporterStatus.SUSPENDED && !caller.isAgency()) {
            throw ProblemException.forbidden("Exporter " + exporter.id() + " is suspended: it can read its record "
                    + "but not change it or its products until the agency lifts the suspension");
        }
    }

    /** {@code crmId} is the agency's key (see {@link Caller#crmIdToStore}). */
    public ExporterRequest withCrmIdRule(Exporter current, ExporterRequest request) {
        return request.withCrmId(caller.crmIdToStore(current.crmId(), request.crmId()));
    }
}
