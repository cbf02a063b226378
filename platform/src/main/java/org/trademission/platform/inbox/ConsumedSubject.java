package org.trademission.platform.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** The highest event sequence a consumer has applied for one subject (aggregate). */
@Entity
@Table(name = "consumed_subject")
public class ConsumedSubject {
    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public long sequence;

    @Embeddable
    public record Key(@Column(name = "consumer", length = 100) String consumer,
            @Column(name = "subject") UUID subject) implements Serializable {
    }
}
