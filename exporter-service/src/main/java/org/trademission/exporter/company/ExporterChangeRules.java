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

    /**
     * {@code crmId} is the agency's: a caller outside the agency keeps the current one by leaving it out (or sending
     * it unchanged) and may not set another.
     */
    public ExporterRequest withCrmIdRule(Exporter current, ExporterRequest request) {
        if (caller.isAgency()) {
            return request;
        }
        String sent = request.crmId() == null || request.crmId().isBlank() ? null : request.crmId().trim();
        if (sent == null) {
            return request.withCrmId(current.crmId());
        }
        if (!sent.equals(current.crmId())) {
            throw ProblemException.forbidden("crmId is written only by the agency's staff or CRM");
        }
        return request;
    }
}
