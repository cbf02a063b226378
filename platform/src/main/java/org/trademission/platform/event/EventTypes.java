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

    public static final String MISSION_CREATED = "MissionCreated";
    public static final String MISSION_PUBLISHED = "MissionPublished";
    public static final String MISSION_UPDATED = "MissionUpdated";
    public static final String MISSION_STATUS_CHANGED = "MissionStatusChanged";
    public static final String APPLICATION_SUBMITTED = "ApplicationSubmitted";
    public static final String APPLICATION_DECIDED = "ApplicationDecided";
    public static final String APPLICATION_WITHDRAWN = "ApplicationWithdrawn";
    /** On {@code missions.v1}: a buyer registered to a mission (not the {@code buyers.v1} event of the same name). */
    public static final String MISSION_BUYER_REGISTERED = "BuyerRegistered";
    public static final String BUYER_REGISTRATION_CHANGED = "BuyerRegistrationChanged";
    public static final String SESSION_ADDED = "SessionAdded";
    public static final String SESSION_CHANGED = "SessionChanged";
    public static final String SESSION_REMOVED = "SessionRemoved";

    public static final String MEETING_REQUESTED = "MeetingRequested";
    public static final String MEETING_REQUEST_ACCEPTED = "MeetingRequestAccepted";
    public static final String MEETING_REQUEST_DECLINED = "MeetingRequestDeclined";
    public static final String MEETING_REQUEST_CANCELLED = "MeetingRequestCancelled";
    public static final String MEETING_SCHEDULED = "MeetingScheduled";
    public static final String MEETING_MOVED = "MeetingMoved";
    public static final String MEETING_CANCELLED = "MeetingCancelled";
    public static final String MEETING_OUTCOME_RECORDED = "MeetingOutcomeRecorded";
    public static final String FOLLOW_UP_RECORDED = "FollowUpRecorded";

    private EventTypes() {
    }
}
