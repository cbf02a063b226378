package org.trademission.buyer.interest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.trademission.buyer.company.Buyer;
import org.trademission.platform.event.buyer.InterestData;
import org.trademission.platform.hs.HsNomenclature;
import org.trademission.platform.measure.Quantity;
import org.trademission.platform.money.Money;

/** What a buyer wants to source: an HS prefix, how much, for what budget, by when. Part of the buyer aggregate. */
@Entity
@Table(name = "sourcing_interest")
public class SourcingInterest {
    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "buyer_id", nullable = false)
    private Buyer buyer;
    @Column(name = "hs_code", nullable = false, length = 10)
    private String hsCode;
    @Column(length = 2000)
    private String description;
    @Column(name = "quantity_amount", precision = 15, scale = 3)
    private BigDecimal quantityAmount;
    @Column(name = "quantity_unit", length = 20)
    private String quantityUnit;
    @Column(name = "budget_amount", precision = 17, scale = 2)
    private BigDecimal budgetAmount;
    @Column(name = "budget_currency", length = 3)
    private String budgetCurrency;
    @Column(name = "needed_by")
    private LocalDate neededBy;
    @Column(nullable = false)
    private boolean active;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected SourcingInterest() {
    }

    public SourcingInterest(Buyer buyer, InterestRequest request, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.buyer = buyer;
        this.createdAt = now;
        this.updatedAt = now;
        this.version = 1;
        assign(request);
    }

    /** Answers whether anything changed; bumps the version when it did. */
    public boolean update(InterestRequest request, OffsetDateTime now) {
        if (request().equals(normalized(request))) {
            return false;
        }
        assign(request);
        version++;
        updatedAt = now;
        return true;
    }

    public InterestRequest request() {
        return new InterestRequest(hsCode, description, quantity(), budget(), neededBy, active);
    }

    public InterestView view() {
        return new InterestView(id, buyer.id(), hsCode, HsNomenclature.chapter(hsCode).orElse(null), description,
                quantity(), budget(), neededBy, active, version, createdAt, updatedAt);
    }

    public InterestData data() {
        return new InterestData(id, hsCode, description, quantity(), budget(), neededBy);
    }

    public UUID id() {
        return id;
    }

    public Buyer buyer() {
        return buyer;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }

    private Quantity quantity() {
        return quantityUnit == null ? null : new Quantity(quantityAmount.stripTrailingZeros(), quantityUnit);
    }

    private Money budget() {
        return budgetCurrency == null ? null : new Money(budgetAmount, budgetCurrency);
    }

    private void assign(InterestRequest raw) {
        InterestRequest request = normalized(raw);
        hsCode = request.hsCode();
        description = request.description();
        quantityAmount = request.quantity() == null ? null : request.quantity().amount();
        quantityUnit = request.quantity() == null ? null : request.quantity().unit();
        budgetAmount = request.budget() == null ? null : request.budget().amount();
        budgetCurrency = request.budget() == null ? null : request.budget().currency();
        neededBy = request.neededBy();
        active = request.active();
    }

    private static InterestRequest normalized(InterestRequest r) {
        Quantity quantity = r.quantity() == null ? null
                : new Quantity(r.quantity().amount().stripTrailingZeros(), r.quantity().unit().trim());
        return new InterestRequest(r.hsCode(), r.description() == null || r.description().isBlank() ? null
                : r.description().trim(), quantity, r.budget(), r.neededBy(), r.active());
    }
}
