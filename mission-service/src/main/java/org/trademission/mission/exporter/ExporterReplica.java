package org.trademission.mission.exporter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.exporter.ExporterData;

/** An exporter as the mission service knows it: who it is and whether it is verified (to apply to missions). */
@Entity
@Table(name = "exporter_replica")
public class ExporterReplica {
    @Id
    private UUID id;
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;
    @Column(nullable = false, length = 30)
    private String status;
    @Column(nullable = false)
    private long sequence;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected ExporterReplica() {
    }

    public ExporterReplica(UUID id) {
        this.id = id;
    }

    void apply(EventEnvelope event, ExporterData data) {
        displayName = data.displayName();
        status = data.status();
        sequence = event.sequence();
        updatedAt = event.time();
    }

    public String status() {
        return status;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isVerified() {
        return "VERIFIED".equals(status);
    }

    public ExporterReplicaView view() {
        return new ExporterReplicaView(id, displayName, status, sequence, updatedAt);
    }
}
