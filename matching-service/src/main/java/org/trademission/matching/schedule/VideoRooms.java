package org.trademission.matching.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The video room of a meeting in an online slot, from {@code matching.schedule.video-link-template}. */
@ApplicationScoped
public class VideoRooms {
    private final String template;

    public VideoRooms(@ConfigProperty(name = "matching.schedule.video-link-template") String template) {
        this.template = template;
    }

    /** The room's address; null in person. */
    public String link(UUID missionId, UUID meetingId, GridSlot slot) {
        if (!slot.online()) {
            return null;
        }
        return template.replace("{missionId}", missionId.toString()).replace("{meetingId}", meetingId.toString());
    }
}
