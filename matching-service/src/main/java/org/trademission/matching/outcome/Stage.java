package org.trademission.matching.outcome;

/** A step after the meeting; the latest (by date) is the meeting's pipeline stage. */
public enum Stage {
    CONTACT_MADE, SAMPLES_SENT, QUOTE_SENT, NEGOTIATION, CONTRACT_SIGNED, LOST
}
