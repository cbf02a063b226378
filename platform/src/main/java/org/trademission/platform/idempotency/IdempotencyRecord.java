package org.trademission.platform.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** The first answer to a creating POST that carried an {@code Idempotency-Key}. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {
    @EmbeddedId
    public Key key;

    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(name = "response_status", nullable = false)
    public int responseStatus;

    @Column(name = "response_body", length = 1_000_000)
    public String responseBody;

    @Column(length = 1000)
    public String location;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Embeddable
    public record Key(@Column(name = "scope", length = 300) String scope,
            @Column(name = "idempotency_key", length = 200) String idempotencyKey) implements Serializable {
    }
}
