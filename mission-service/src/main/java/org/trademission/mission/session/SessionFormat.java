package org.trademission.mission.session;

/** Where a session's meetings take place: at tables in a room, or in video rooms. */
public enum SessionFormat {
    IN_PERSON, ONLINE
}
