package org.trademission.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.trademission.platform.problem.ProblemException;

/** Who is calling, and the ownership rules of the contract's roles. */
@RequestScoped
public class Caller {
    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public boolean isStaff() {
        return is(Roles.STAFF);
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Optional<UUID> exporterId() {
        return uuidClaim(Roles.EXPORTER_ID_CLAIM);
    }

    public Optional<UUID> buyerId() {
        return uuidClaim(Roles.BUYER_ID_CLAIM);
    }

    /** The agency itself: its staff or its CRM (they see contacts and write {@code crmId}). */
    public boolean isAgency() {
        return isStaff() || is(Roles.CRM);
    }

    /**
     * The {@code crmId} a write by this caller stores: the agency's key, written only by staff and crm. Anyone else
     * keeps the current one by leaving it out (or sending it unchanged) and may not set another (403).
     */
    public String crmIdToStore(String current, String sent) {
        String value = sent == null || sent.isBlank() ? null : sent.trim();
        if (isAgency()) {
            return value;
        }
        if (value != null && !value.equals(current)) {
            throw ProblemException.forbidden("crmId is written only by the agency's staff or CRM");
        }
        return current;
    }

    /** Whether the token is the exporter's own (role {@code exporter} with its {@code exporter_id}). */
    public boolean isExporter(UUID exporterId) {
        return is(Roles.EXPORTER) && exporterId().filter(exporterId::equals).isPresent();
    }

    /** Whether the token is the buyer's own (role {@code buyer} with its {@code buyer_id}). */
    public boolean isBuyer(UUID buyerId) {
        return is(Roles.BUYER) && buyerId().filter(buyerId::equals).isPresent();
    }

    /** Staff may act for any exporter; an exporter only for the one its token names. */
    public void requireActsForExporter(UUID exporterId) {
        if (!isStaff() && !isExporter(exporterId)) {
            throw ProblemException.forbidden("You may act only for your own company");
        }
    }

    /** Staff may act for any buyer; a buyer only for the one its token names. */
    public void requireActsForBuyer(UUID buyerId) {
        if (!isStaff() && !isBuyer(buyerId)) {
            throw ProblemException.forbidden("You may act only for your own company");
        }
    }

    private Optional<UUID> uuidClaim(String claim) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object value = jwt.getClaim(claim);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
