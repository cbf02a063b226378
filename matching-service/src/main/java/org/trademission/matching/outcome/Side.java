package org.trademission.matching.outcome;

/** Whose view an outcome is: the meeting's exporter, its buyer, or the agency (staff, e.g. from a phone call). */
public enum Side {
    EXPORTER, BUYER, AGENCY
}
