package org.trademission.exporter.product;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.trademission.exporter.company.Exporter;
import org.trademission.platform.hs.HsNomenclature;
import org.trademission.platform.event.exporter.ProductSummary;
import org.trademission.platform.json.JsonColumn;
import org.trademission.platform.money.Money;
import org.trademission.platform.problem.ProblemException;

/** A product of an exporter; part of the exporter aggregate, changed only through {@link Exporter}. */
@Entity
@Table(name = "product")
public class Product {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exporter_id", nullable = false)
    private Exporter exporter;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 5000)
    private String description;
    @Column(name = "hs_code", nullable = false, length = 10)
    private String hsCode;
    private Long moq;
    @Column(length = 20)
    private String unit;
    @Column(name = "price_min", precision = 17, scale = 2)
    private BigDecimal priceMin;
    @Column(name = "price_max", precision = 17, scale = 2)
    private BigDecimal priceMax;
    @Column(name = "price_currency", length = 3)
    private String priceCurrency;
    @Column(nullable = false, length = 10_000)
    private String certifications;
    @Column(name = "lead_time_days")
    private Integer leadTimeDays;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Product() {
    }

    public Product(Exporter exporter, ProductRequest request, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.exporter = exporter;
        this.createdAt = now;
        this.updatedAt = now;
        this.version = 1;
        assign(request);
    }

    /** Answers whether anything changed; bumps the version when it did. */
    public boolean update(ProductRequest request, OffsetDateTime now) {
        if (request().equals(normalized(request))) {
            return false;
        }
        assign(request);
        version++;
        updatedAt = now;
        return true;
    }

    public ProductRequest request() {
        PriceRange range = priceCurrency == null ? null
                : new PriceRange(new Money(priceMin, priceCurrency), new Money(priceMax, priceCurrency));
        return new ProductRequest(name, description, hsCode, moq, unit, range, JsonColumn.read(certifications, STRINGS),
                leadTimeDays);
    }

    public ProductView view() {
        ProductRequest r = request();
        return new ProductView(id, exporter.id(), name, description, hsCode, HsNomenclature.chapter(hsCode).orElse(null),
                moq, unit, r.priceRange(), r.certifications(), leadTimeDays, version, createdAt, updatedAt);
    }

    public ProductSummary summary() {
        return priceCurrency == null ? new ProductSummary(id, name, hsCode)
                : new ProductSummary(id, name, hsCode, new Money(priceMin, priceCurrency),
                        new Money(priceMax, priceCurrency));
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String hsCode() {
        return hsCode;
    }

    public long version() {
        return version;
    }

    private void assign(ProductRequest raw) {
        ProductRequest request = normalized(raw);
        PriceRange range = request.priceRange();
        if (range != null) {
            if (!range.min().currency().equals(range.max().currency())) {
                throw ProblemException.invalid("priceRange.max.currency", "must be the currency of priceRange.min");
            }
            if (range.min().amount().compareTo(range.max().amount()) > 0) {
                throw ProblemException.invalid("priceRange.max.amount", "must not be less than priceRange.min");
            }
        }
        name = request.name();
        description = request.description();
        hsCode = request.hsCode();
        moq = request.moq();
        unit = request.unit();
        priceMin = range == null ? null : range.min().amount();
        priceMax = range == null ? null : range.max().amount();
        priceCurrency = range == null ? null : range.min().currency();
        certifications = JsonColumn.write(request.certifications());
        leadTimeDays = request.leadTimeDays();
    }

    private static ProductRequest normalized(ProductRequest r) {
        return new ProductRequest(r.name() == null ? null : r.name().trim(),
                r.description() == null || r.description().isBlank() ? null : r.description().trim(), r.hsCode(),
                r.moq(), r.unit() == null || r.unit().isBlank() ? null : r.unit().trim(), r.priceRange(),
                r.certifications().stream().map(String::trim).distinct().toList(), r.leadTimeDays());
    }
}
