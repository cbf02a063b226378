package org.trademission.mission.registration;

/** Where a buyer's registration to a mission stands. */
public enum RegistrationStatus {
    REGISTERED, CONFIRMED, CANCELLED
}
