package org.trademission.platform.inbox;

/** What the idempotent consumer did with one message. */
public enum ConsumeOutcome {
    /** The handler ran and its write was committed with the event id. */
    APPLIED,
    /** The event id was seen before: nothing done. */
    DUPLICATE,
    /** The subject already holds this sequence or a newer one: nothing done. */
    STALE
}
