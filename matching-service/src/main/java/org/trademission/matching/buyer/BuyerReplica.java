package org.trademission.matching.buyer;

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
import org.trademission.platform.event.buyer.BuyerData;
import org.trademission.platform.event.buyer.InterestData;
import org.trademission.platform.json.JsonColumn;

/** A buyer as matching sees it: country, languages and active interests (HS prefixes, quantities, budgets). */
@Entity
@Table(name = "buyer_replica")
public class BuyerReplica {
    private static final TypeReference<List<InterestData>> INTERESTS = new TypeReference<>() {
    };

    @Id
    private UUID id;
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;
    @Column(nullable = false, length = 2)
    private String country;
    @Column(nullable = false, length = 500)
    private String languages;
    @Column(nullable = false)
    private boolean enrolled;
    /** The active interests as JSON: at most 200 per buyer. */
    @Column(nullable = false, length = 1_000_000)
    private String interests;
    @Column(nullable = false)
    private long sequence;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected BuyerReplica() {
    }

    public BuyerReplica(UUID id) {
        this.id = id;
    }

    void apply(EventEnvelope event, BuyerData data) {
        displayName = data.displayName();
        country = data.country();
        languages = String.join(",", data.languages());
        enrolled = data.programme() != null && data.programme().enrolled();
        interests = JsonColumn.write(data.interests());
        sequence = event.sequence();
        updatedAt = event.time();
    }

    public UUID id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public List<String> languages() {
        return Arrays.stream(languages.split(",")).filter(s -> !s.isEmpty()).toList();
    }

    public List<InterestData> interests() {
        return JsonColumn.read(interests, INTERESTS);
    }

    public BuyerReplicaView view() {
        return new BuyerReplicaView(id, displayName, country, languages(), enrolled, interests(), sequence,
                updatedAt);
    }
}
