package org.trademission.matching.mission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.event.mission.RegistrationData;
import org.trademission.platform.json.JsonColumn;

/**
 * A mission as matching knows it from {@code missions.v1}: every event carries the whole mission, so the replica is
 * the last one's data (status, time zone, HS focus, accepted exporters, registered buyers, sessions and slots).
 */
@Entity
@Table(name = "mission_replica")
public class MissionReplica {
    /** The mission states in which meetings are requested. */
    public static final Set<String> REQUESTS_OPEN = Set.of("OPEN", "SELECTION", "CONFIRMED");

    @Id
    private UUID id;
    @Column(nullable = false, length = 20)
    private String status;
    @Column(nullable = false, length = 1_000_000)
    private String data;
    @Column(nullable = false)
    private long sequence;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected MissionReplica() {
    }

    public MissionReplica(UUID id) {
        this.id = id;
    }

    void apply(EventEnvelope event, MissionData mission) {
        status = mission.status();
        data = JsonColumn.write(mission);
        sequence = event.sequence();
        updatedAt = event.time();
    }

    public MissionData data() {
        return JsonColumn.read(data, MissionData.class);
    }

    public String status() {
        return status;
    }

    public UUID id() {
        return id;
    }

    /** The exporters whose application is ACCEPTED. */
    public static List<UUID> acceptedExporters(MissionData mission) {
        return mission.applications().stream().filter(a -> "ACCEPTED".equals(a.status()))
                .map(a -> a.exporterId()).toList();
    }

    /** The buyers registered and not cancelled. */
    public static List<RegistrationData> registeredBuyers(MissionData mission) {
        return mission.buyers().stream().filter(b -> !"CANCELLED".equals(b.status())).toList();
    }

    public MissionReplicaView view() {
        return new MissionReplicaView(id, status, sequence, updatedAt, data());
    }
}
