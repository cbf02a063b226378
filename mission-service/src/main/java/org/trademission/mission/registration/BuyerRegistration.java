package org.trademission.mission.registration;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.trademission.mission.mission.Mission;
import org.trademission.platform.event.mission.PeriodData;
import org.trademission.platform.event.mission.RegistrationData;
import org.trademission.platform.json.JsonColumn;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.validation.IsoLanguage;

/** A buyer's registration to a mission; part of the mission aggregate, changed only through {@link Mission}. */
@Entity
@Table(name = "buyer_registration")
public class BuyerRegistration {
    private static final TypeReference<List<Period>> PERIODS = new TypeReference<>() {
    };

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id", nullable = false)
    private Mission mission;
    @Column(name = "buyer_id", nullable = false)
    private UUID buyerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;
    @Column(nullable = false, length = 20000)
    private String unavailable;
    @Column(name = "interpreter_language", length = 2)
    private String interpreterLanguage;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected BuyerRegistration() {
    }

    public BuyerRegistration(Mission mission, RegistrationRequest request, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.mission = mission;
        this.buyerId = request.buyerId();
        this.status = RegistrationStatus.REGISTERED;
        this.version = 1;
        this.createdAt = now;
        assign(new RegistrationChange(request.unavailable(), request.interpreterLanguage()), now);
    }

    /** A cancelled registration registers again instead of a second one. */
    public void reregister(RegistrationRequest request, OffsetDateTime now) {
        if (status != RegistrationStatus.CANCELLED) {
            throw ProblemException.conflict("Buyer " + buyerId + " is already registered to this mission (" + status
                    + ")");
        }
        status = RegistrationStatus.REGISTERED;
        version++;
        assign(new RegistrationChange(request.unavailable(), request.interpreterLanguage()), now);
    }

    /** Answers whether anything changed. */
    public boolean change(RegistrationChange change, OffsetDateTime now) {
        requireActive();
        if (periods().equals(change.unavailable()) && java.util.Objects.equals(interpreterLanguage,
                IsoLanguage.Validator.canonical(change.interpreterLanguage()))) {
            return false;
        }
        version++;
        assign(change, now);
        return true;
    }

    public void confirm(OffsetDateTime now) {
        if (status != RegistrationStatus.REGISTERED) {
            throw ProblemException.conflict("The registration of buyer " + buyerId + " is " + status
                    + "; only a REGISTERED one can be confirmed");
        }
        status = RegistrationStatus.CONFIRMED;
        version++;
        updatedAt = now;
    }

    public void cancel(OffsetDateTime now) {
        requireActive();
        status = RegistrationStatus.CANCELLED;
        version++;
        updatedAt = now;
    }

    private void requireActive() {
        if (status == RegistrationStatus.CANCELLED) {
            throw ProblemException.conflict("The registration of buyer " + buyerId + " is cancelled");
        }
    }

    private void assign(RegistrationChange change, OffsetDateTime now) {
        for (int i = 0; i < change.unavailable().size(); i++) {
            Period period = change.unavailable().get(i);
            if (!period.start().isBefore(period.end())) {
                throw ProblemException.invalid("unavailable[" + i + "].end", "must be after start");
            }
        }
        unavailable = JsonColumn.write(change.unavailable());
        interpreterLanguage = IsoLanguage.Validator.canonical(change.interpreterLanguage());
        updatedAt = now;
    }

    private List<Period> periods() {
        return JsonColumn.read(unavailable, PERIODS);
    }

    public RegistrationData data() {
        return new RegistrationData(buyerId, status.name(), periods().stream()
                .map(p -> new PeriodData(p.start(), p.end())).toList(), interpreterLanguage);
    }

    public RegistrationView view(String buyerDisplayName) {
        return new RegistrationView(mission.id(), buyerId, buyerDisplayName, status, periods(), interpreterLanguage,
                version, createdAt, updatedAt);
    }

    public UUID buyerId() {
        return buyerId;
    }

    public RegistrationStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
