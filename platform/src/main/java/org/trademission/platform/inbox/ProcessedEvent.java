package org.trademission.platform.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The id of an event a consumer has processed; written in the same transaction as the consumer's own write. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {
    @EmbeddedId
    public Key key;

    @Column(name = "processed_at", nullable = false)
    public OffsetDateTime processedAt;

    @Embeddable
    public record Key(@Column(name = "consumer", length = 100) String consumer,
            @Column(name = "event_id") UUID eventId) implements Serializable {
    }
}
