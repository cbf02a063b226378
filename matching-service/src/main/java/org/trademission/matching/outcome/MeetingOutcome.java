package org.trademission.matching.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.platform.money.Money;

/** One side's view of a meeting; recording it again replaces it (the audit trail keeps the earlier ones). */
@Entity
@Table(name = "meeting_outcome")
public class MeetingOutcome {
    @Id
    private UUID id;
    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;
    @Column(name = "mission_id", nullable = false)
    private UUID missionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Side side;
    @Column(nullable = false)
    private boolean attended;
    private Integer interest;
    @Enumerated(EnumType.STRING)
    @Column(name = "next_step", nullable = false, length = 20)
    private NextStep nextStep;
    @Column(name = "value_amount", precision = 17, scale = 2)
    private BigDecimal valueAmount;
    @Column(name = "value_currency", length = 3)
    private String valueCurrency;
    @Column(length = 4000)
    private String notes;
    @Column(name = "recorded_by", nullable = false, length = 300)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;
    @Column(nullable = false)
    private long version;

    protected MeetingOutcome() {
    }

    MeetingOutcome(UUID meetingId, UUID missionId, Side side) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.missionId = missionId;
        this.side = side;
    }

    void record(OutcomeBody body, String by, OffsetDateTime at) {
        attended = body.attended();
        interest = body.interest();
        nextStep = body.nextStep();
        valueAmount = body.estimatedValue() == null ? null : body.estimatedValue().amount();
        valueCurrency = body.estimatedValue() == null ? null : body.estimatedValue().currency();
        notes = body.notes();
        recordedBy = by;
        recordedAt = at;
        version++;
    }

    public OutcomeView view() {
        return new OutcomeView(side, attended, interest, nextStep, value(), notes, recordedBy, recordedAt, version);
    }

    public Money value() {
        return valueAmount == null ? null : new Money(valueAmount, valueCurrency);
    }

    public UUID meetingId() {
        return meetingId;
    }

    public Side side() {
        return side;
    }

    public boolean attended() {
        return attended;
    }

    public NextStep nextStep() {
        return nextStep;
    }
}
