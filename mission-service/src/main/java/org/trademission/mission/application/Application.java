package org.trademission.mission.application;

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
import java.util.UUID;
import org.trademission.mission.mission.Mission;
import org.trademission.platform.event.mission.ApplicationData;
import org.trademission.platform.problem.ProblemException;

/** An exporter's application to a mission; part of the mission aggregate, changed only through {@link Mission}. */
@Entity
@Table(name = "application")
public class Application {
    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id", nullable = false)
    private Mission mission;
    @Column(name = "exporter_id", nullable = false)
    private UUID exporterId;
    @Column(length = 5000)
    private String motivation;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApplicationStatus status;
    @Column(length = 2000)
    private String note;
    @Column(name = "decided_by", length = 300)
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    /** When it joined the waitlist; the waitlist is in this order. */
    @Column(name = "waitlisted_at")
    private OffsetDateTime waitlistedAt;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Application() {
    }

    public Application(Mission mission, UUID exporterId, String motivation, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.mission = mission;
        this.exporterId = exporterId;
        this.motivation = motivation == null || motivation.isBlank() ? null : motivation.trim();
        this.status = ApplicationStatus.SUBMITTED;
        this.version = 1;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Records staff's decision; the mission has checked capacity and the exporter. */
    public void decide(ApplicationStatus decision, String note, String by, OffsetDateTime now) {
        if (status == ApplicationStatus.WITHDRAWN) {
            throw ProblemException.conflict("Application " + id + " was withdrawn; it cannot be decided");
        }
        if (status == decision) {
            throw ProblemException.conflict("Application " + id + " is already " + status);
        }
        if (decision == ApplicationStatus.WAITLISTED) {
            waitlistedAt = now;
        }
        status = decision;
        this.note = note == null || note.isBlank() ? null : note.trim();
        decidedBy = by;
        decidedAt = now;
        touch(now);
    }

    public void withdraw(OffsetDateTime now) {
        if (status == ApplicationStatus.WITHDRAWN || status == ApplicationStatus.REJECTED) {
            throw ProblemException.conflict("Application " + id + " is " + status + "; there is nothing to withdraw");
        }
        status = ApplicationStatus.WITHDRAWN;
        touch(now);
    }

    private void touch(OffsetDateTime now) {
        version++;
        updatedAt = now;
    }

    public ApplicationData data() {
        return new ApplicationData(id, exporterId, status.name());
    }

    /** @param exporterSuspended whether the exporter is suspended now (from the exporter replica) */
    public ApplicationView view(boolean exporterSuspended, Integer waitlistPosition) {
        return new ApplicationView(id, mission.id(), exporterId, motivation, status, note, decidedBy, decidedAt,
                waitlistPosition, exporterSuspended && (status == ApplicationStatus.SUBMITTED
                        || status == ApplicationStatus.WAITLISTED || status == ApplicationStatus.ACCEPTED),
                version, createdAt, updatedAt);
    }

    public UUID id() {
        return id;
    }

    public UUID exporterId() {
        return exporterId;
    }

    public ApplicationStatus status() {
        return status;
    }

    public OffsetDateTime waitlistedAt() {
        return waitlistedAt;
    }

    public long version() {
        return version;
    }
}
