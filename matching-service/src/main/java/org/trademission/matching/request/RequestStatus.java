package org.trademission.matching.request;

/** {@code PENDING → ACCEPTED | DECLINED | CANCELLED}; an accepted request may still be cancelled. */
public enum RequestStatus {
    PENDING, ACCEPTED, DECLINED, CANCELLED;

    /** Open: it still counts for its pair (no second one) and, while pending, for the requester's limit. */
    public boolean isOpen() {
        return this == PENDING || this == ACCEPTED;
    }
}
