package org.trademission.matching.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.platform.money.Money;

/** A step after a meeting (never changed: a later step is a new follow-up). */
@Entity
@Table(name = "follow_up")
public class FollowUp {
    @Id
    private UUID id;
    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;
    @Column(name = "mission_id", nullable = false)
    private UUID missionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage;
    @Column(name = "value_amount", precision = 17, scale = 2)
    private BigDecimal valueAmount;
    @Column(name = "value_currency", length = 3)
    private String valueCurrency;
    @Column(name = "follow_up_date", nullable = false)
    private LocalDate date;
    @Column(length = 4000)
    private String notes;
    @Column(name = "recorded_by", nullable = false, length = 300)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    /** Latest first: by date, then by when it was recorded; the first is the meeting's pipeline stage. */
    public static final java.util.Comparator<FollowUp> LATEST_FIRST = java.util.Comparator.comparing(FollowUp::date)
            .thenComparing(FollowUp::recordedAt).reversed();

    protected FollowUp() {
    }

    FollowUp(UUID meetingId, UUID missionId, FollowUpBody body, LocalDate date, String by, OffsetDateTime at) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.missionId = missionId;
        this.stage = body.stage();
        this.valueAmount = body.value() == null ? null : body.value().amount();
        this.valueCurrency = body.value() == null ? null : body.value().currency();
        this.date = date;
        this.notes = body.notes();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public FollowUpView view() {
        return new FollowUpView(id, stage, value(), date, notes, recordedBy, recordedAt);
    }

    public Money value() {
        return valueAmount == null ? null : new Money(valueAmount, valueCurrency);
    }

    public UUID meetingId() {
        return meetingId;
    }

    public Stage stage() {
        return stage;
    }

    public LocalDate date() {
        return date;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
