package org.trademission.mission.mission;

/** What staff do to move a mission along its lifecycle; {@code path} is the endpoint's last segment. */
public enum MissionAction {
    PUBLISH("publish", MissionStatus.OPEN),
    CLOSE_APPLICATIONS("close-applications", MissionStatus.SELECTION),
    CONFIRM("confirm", MissionStatus.CONFIRMED),
    START("start", MissionStatus.IN_PROGRESS),
    COMPLETE("complete", MissionStatus.COMPLETED),
    CANCEL("cancel", MissionStatus.CANCELLED);

    private final String path;
    private final MissionStatus target;

    MissionAction(String path, MissionStatus target) {
        this.path = path;
        this.target = target;
    }

    public String path() {
        return path;
    }

    public MissionStatus target() {
        return target;
    }
}
