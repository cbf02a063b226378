package org.trademission.matching.exporter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.exporter.ExporterData;

/** An exporter as matching sees it: languages and the HS codes of its products, to rank counterparts. */
@Entity
@Table(name = "exporter_replica")
public class ExporterReplica {
    @Id
    private UUID id;
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;
    @Column(nullable = false, length = 30)
    private String status;
    @Column(nullable = false, length = 500)
    private String languages;
    @Column(name = "hs_codes", nullable = false, length = 20000)
    private String hsCodes;
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
        languages = String.join(",", data.languages());
        hsCodes = String.join(",", data.hsCodes());
        sequence = event.sequence();
        updatedAt = event.time();
    }

    public List<String> languages() {
        return split(languages);
    }

    public List<String> hsCodes() {
        return split(hsCodes);
    }

    ExporterReplicaView view() {
        return new ExporterReplicaView(id, displayName, status, languages(), hsCodes(), sequence, updatedAt);
    }

    private static List<String> split(String joined) {
        return Arrays.stream(joined.split(",")).filter(s -> !s.isEmpty()).toList();
    }
}
