package org.trademission.mission.application;

/** Where an exporter's application stands. */
public enum ApplicationStatus {
    SUBMITTED, ACCEPTED, WAITLISTED, REJECTED, WITHDRAWN;

    /** The statuses staff decide. */
    public boolean isDecision() {
        return this == ACCEPTED || this == WAITLISTED || this == REJECTED;
    }
}
