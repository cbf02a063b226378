package org.trademission.mission.buyer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.buyer.BuyerData;

/** A buyer as the mission service knows it: who it is and where, to register it to missions. */
@Entity
@Table(name = "buyer_replica")
public class BuyerReplica {
    @Id
    private UUID id;
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;
    @Column(nullable = false, length = 2)
    private String country;
    @Column(length = 100)
    private String city;
    @Column(nullable = false)
    private boolean enrolled;
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
        city = data.city();
        enrolled = data.programme() != null && data.programme().enrolled();
        sequence = event.sequence();
        updatedAt = event.time();
    }

    public String displayName() {
        return displayName;
    }

    public BuyerReplicaView view() {
        return new BuyerReplicaView(id, displayName, country, city, enrolled, sequence, updatedAt);
    }
}
