package org.trademission.platform.event;

/** Every event type the platform publishes; their {@code data} records live beside this class. */
public final class EventTypes {
    public static final String EXPORTER_REGISTERED = "ExporterRegistered";
    public static final String EXPORTER_UPDATED = "ExporterUpdated";
    public static final String EXPORTER_VERIFIED = "ExporterVerified";
    public static final String EXPORTER_SUSPENDED = "ExporterSuspended";
    public static final String PRODUCT_ADDED = "ProductAdded";
    public static final String PRODUCT_UPDATED = "ProductUpdated";
    public static final String PRODUCT_REMOVED = "ProductRemoved";

    public static final String BUYER_REGISTERED = "BuyerRegistered";
    public static final String BUYER_UPDATED = "BuyerUpdated";
    public static final String BUYER_ENROLLED = "BuyerEnrolled";
    public static final String BUYER_PROGRAMME_ENDED = "BuyerProgrammeEnded";
    public static final String INTEREST_ADDED = "InterestAdded";
    public static final String INTEREST_UPDATED = "InterestUpdated";
    public static final String INTEREST_REMOVED = "InterestRemoved";

    private EventTypes() {
    }
}
