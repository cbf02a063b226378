package org.trademission.buyer.company;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.security.Caller;
import org.trademission.platform.security.Roles;

/**
 * Who sees and changes what of the buyer directory (docs/security.md): contacts and budgets are for the agency
 * (staff, crm) and the buyer itself; exporters see buyers only through matching; {@code crmId} is written by the
 * agency only. A token with several groups has the union of their rights.
 */
@ApplicationScoped
public class BuyerAccess {
    private final Caller caller;

    public BuyerAccess(Caller caller) {
        this.caller = caller;
    }

    /** Contacts and budgets are shown to the agency and to the buyer itself. */
    public boolean seesPrivate(UUID buyerId) {
        return caller.isAgency() || caller.isBuyer(buyerId);
    }

    /** Exporters do not browse the buyer directory; a token that is also staff, crm, partner or buyer may. */
    public void requireMayBrowse() {
        if (!caller.isAgency() && !caller.is(Roles.PARTNER) && !caller.is(Roles.BUYER)) {
            throw ProblemException.forbidden("Exporters see buyers only through matching, not in the directory");
        }
    }

    /** {@code crmId} is the agency's key (see {@link Caller#crmIdToStore}). */
    public BuyerRequest withCrmIdRule(Buyer current, BuyerRequest request) {
        return request.withCrmId(caller.crmIdToStore(current.crmId(), request.crmId()));
    }
}
