package org.trademission.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.mission.ApplicationData;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.event.mission.PeriodData;
import org.trademission.platform.event.mission.RegistrationData;
import org.trademission.platform.event.mission.SessionData;

/** Builds {@code missions.v1} events as mission-service publishes them, for consumers' tests. */
public final class MissionEvents {
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private final UUID id = UUID.randomUUID();
    private final List<ApplicationData> applications = new ArrayList<>();
    private final List<RegistrationData> buyers = new ArrayList<>();
    private final List<SessionData> sessions = new ArrayList<>();
    private String status = "OPEN";
    private List<String> hsFocus = List.of("39", "84");
    private long sequence;

    public static MissionEvents mission() {
        return new MissionEvents();
    }

    public UUID id() {
        return id;
    }

    public MissionEvents status(String newStatus) {
        status = newStatus;
        return this;
    }

    public MissionEvents hsFocus(List<String> focus) {
        hsFocus = focus;
        return this;
    }

    public MissionEvents exporter(UUID exporterId, String applicationStatus) {
        applications.removeIf(a -> a.exporterId().equals(exporterId));
        applications.add(new ApplicationData(UUID.randomUUID(), exporterId, applicationStatus));
        return this;
    }

    public MissionEvents buyer(UUID buyerId, String registrationStatus, String interpreterLanguage) {
        buyers.removeIf(b -> b.buyerId().equals(buyerId));
        buyers.add(new RegistrationData(buyerId, registrationStatus, List.of(), interpreterLanguage));
        return this;
    }

    /**
     * A B2B session of {@code slots} consecutive slots of {@code minutes} from {@code start} (local time in
     * Africa/Casablanca, the mission's zone); {@code tables} null for an ONLINE session.
     */
    public MissionEvents session(UUID sessionId, String name, java.time.LocalDateTime start, int slots, int minutes,
            Integer tables) {
        sessions.removeIf(s -> s.id().equals(sessionId));
        java.time.ZoneId zone = java.time.ZoneId.of("Africa/Casablanca");
        List<PeriodData> periods = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            java.time.LocalDateTime from = start.plusMinutes((long) i * minutes);
            periods.add(new PeriodData(from.atZone(zone).toOffsetDateTime(),
                    from.plusMinutes(minutes).atZone(zone).toOffsetDateTime()));
        }
        sessions.add(new SessionData(sessionId, name, tables == null ? "ONLINE" : "IN_PERSON", start.toLocalDate(),
                tables, periods));
        return this;
    }

    /** The session removed from the mission. */
    public MissionEvents withoutSession(UUID sessionId) {
        sessions.removeIf(s -> s.id().equals(sessionId));
        return this;
    }

    /** The ids of the mission's sessions, the one added or changed last at the end. */
    public List<UUID> sessionIds() {
        return sessions.stream().map(SessionData::id).toList();
    }

    /** The buyer's registration with periods it cannot attend. */
    public MissionEvents unavailable(UUID buyerId, PeriodData... periods) {
        RegistrationData registration = buyers.stream().filter(b -> b.buyerId().equals(buyerId)).findFirst()
                .orElseThrow();
        buyers.remove(registration);
        buyers.add(new RegistrationData(buyerId, registration.status(), List.of(periods),
                registration.interpreterLanguage()));
        return this;
    }

    /** The next event of this mission (sequence + 1) with its whole current state. */
    public EventEnvelope next(String type) {
        sequence++;
        LocalDate start = LocalDate.now().plusDays(60);
        MissionData data = new MissionData(id, "Mission d'affaires au Maroc", status, "HYBRID", "MA",
                List.of("Casablanca"), start, start.plusDays(2), "Africa/Casablanca", start.minusDays(30), hsFocus, 7,
                applications, buyers, sessions, null);
        return new EventEnvelope(UUID.randomUUID(), type, "mission-service", id, OffsetDateTime.now(ZoneOffset.UTC),
                sequence, MAPPER.valueToTree(data));
    }
}
