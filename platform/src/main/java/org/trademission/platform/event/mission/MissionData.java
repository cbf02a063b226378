package org.trademission.platform.event.mission;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of every event on {@code missions.v1}: the mission's whole current state as matching needs it —
 * its own fields, every application, buyer registration and session (with its slots) — so that a consumer that
 * reads the topic from the beginning, or skips a stale event, ends with exactly the mission's state.
 *
 * @param changed what the event is about: {@code {kind: APPLICATION|REGISTRATION|SESSION, id}}, or null for the
 *                mission itself
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MissionData(UUID id, String title, String status, String format, String destinationCountry,
        List<String> cities, LocalDate startDate, LocalDate endDate, String timezone, LocalDate applicationDeadline,
        List<String> hsFocus, int exporterCapacity, List<ApplicationData> applications,
        List<RegistrationData> buyers, List<SessionData> sessions, ChangedPart changed) {
    public MissionData {
        cities = cities == null ? List.of() : List.copyOf(cities);
        hsFocus = hsFocus == null ? List.of() : List.copyOf(hsFocus);
        applications = applications == null ? List.of() : List.copyOf(applications);
        buyers = buyers == null ? List.of() : List.copyOf(buyers);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    /** The part of the mission an event is about. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ChangedPart(String kind, UUID id) {
    }
}
