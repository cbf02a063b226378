package org.trademission.mission.mission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A mission as staff see it. */
public record MissionView(UUID id, String title, String destinationCountry, List<String> cities,
        MissionFormat format, LocalDate startDate, LocalDate endDate, String timezone, LocalDate applicationDeadline,
        List<String> hsFocus, int exporterCapacity, String description, MissionStatus status, String statusReason,
        int acceptedExporters, int placesLeft, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** The public fields: what anyone may read of a published mission. */
    public PublicMissionView publicView() {
        return new PublicMissionView(id, title, destinationCountry, cities, format, startDate, endDate, timezone,
                applicationDeadline, hsFocus, exporterCapacity, description, status, placesLeft);
    }
}
