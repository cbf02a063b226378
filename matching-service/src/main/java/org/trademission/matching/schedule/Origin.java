package org.trademission.matching.schedule;

/** Why a meeting is on the schedule, in the order the scheduler places them. */
public enum Origin {
    ACCEPTED_REQUEST, PENDING_REQUEST, RECOMMENDATION
}
