package org.trademission.platform.deadletter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The next offset of a dead-letter partition that has not been re-driven yet. */
@Entity
@Table(name = "dead_letter_position")
public class DeadLetterPosition {
    @EmbeddedId
    public Key key;

    @Column(name = "next_offset", nullable = false)
    public long nextOffset;

    @Embeddable
    public record Key(@Column(name = "topic", length = 250) String topic,
            @Column(name = "partition_no") int partition) implements Serializable {
    }
}
