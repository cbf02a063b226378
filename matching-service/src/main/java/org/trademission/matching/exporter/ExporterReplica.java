package org.trademission.matching.exporter;

import com.fasterxml.jackson.core.type.TypeReference;
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
import org.trademission.platform.event.exporter.ProductSummary;
import org.trademission.platform.json.JsonColumn;

/** An exporter as matching sees it: languages, certifications and products (HS codes, price ranges). */
@Entity
@Table(name = "exporter_replica")
public class ExporterReplica {
    private static final TypeReference<List<ProductSummary>> PRODUCTS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

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
    /** All its products as JSON (at most 500). */
    @Column(nullable = false, length = 1_000_000)
    private String products;
    @Column(nullable = false, length = 10_000)
    private String certifications;
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
        products = JsonColumn.write(data.products());
        certifications = JsonColumn.write(data.certifications());
        sequence = event.sequence();
        updatedAt = event.time();
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String status() {
        return status;
    }

    public List<String> languages() {
        return split(languages);
    }

    public List<String> hsCodes() {
        return split(hsCodes);
    }

    public List<ProductSummary> products() {
        return JsonColumn.read(products, PRODUCTS);
    }

    public List<String> certifications() {
        return JsonColumn.read(certifications, STRINGS);
    }

    public ExporterReplicaView view() {
        return new ExporterReplicaView(id, displayName, status, languages(), hsCodes(), products(), certifications(),
                sequence, updatedAt);
    }

    private static List<String> split(String joined) {
        return Arrays.stream(joined.split(",")).filter(s -> !s.isEmpty()).toList();
    }
}
