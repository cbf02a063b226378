package org.trademission.platform.security;

/** The contract's roles, carried in the JWT {@code groups} claim. */
public final class Roles {
    public static final String STAFF = "staff";
    public static final String EXPORTER = "exporter";
    public static final String BUYER = "buyer";
    public static final String PARTNER = "partner";
    public static final String CRM = "crm";

    /** Claims that tie a token to the company it acts for. */
    public static final String EXPORTER_ID_CLAIM = "exporter_id";
    public static final String BUYER_ID_CLAIM = "buyer_id";

    private Roles() {
    }
}
