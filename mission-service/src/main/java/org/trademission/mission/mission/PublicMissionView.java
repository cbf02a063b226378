package org.trademission.mission.mission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A published mission as anyone may read it (no token needed). */
public record PublicMissionView(UUID id, String title, String destinationCountry, List<String> cities,
        MissionFormat format, LocalDate startDate, LocalDate endDate, String timezone, LocalDate applicationDeadline,
        List<String> hsFocus, int exporterCapacity, String description, MissionStatus status, int placesLeft) {
}
