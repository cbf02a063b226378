package org.trademission.matching.outcome;

/** What a meeting led to, as a side sees it right after it; anything but NONE makes the meeting a lead. */
public enum NextStep {
    NONE, FOLLOW_UP, SAMPLES, QUOTE, CONTRACT_SIGNED
}
