package org.trademission.mission.mission;

/** The contract's mission lifecycle; the transitions between them live in {@link MissionLifecycle}. */
public enum MissionStatus {
    DRAFT, OPEN, SELECTION, CONFIRMED, IN_PROGRESS, COMPLETED, CANCELLED
}
