package org.trademission.mission.mission;

/** How a mission meets: in the destination, online, or both. */
public enum MissionFormat {
    IN_PERSON, ONLINE, HYBRID
}
