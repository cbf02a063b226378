package org.trademission.mission.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.trademission.mission.mission.Mission;
import org.trademission.platform.event.mission.PeriodData;
import org.trademission.platform.event.mission.SessionData;

/** A B2B session of a mission; part of the mission aggregate, changed only through {@link Mission}. */
@Entity
@Table(name = "b2b_session")
public class Session {
    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id", nullable = false)
    private Mission mission;
    @Column(length = 200)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionFormat format;
    @Column(name = "session_date", nullable = false)
    private LocalDate date;
    @Column(name = "start_time", nullable = false)
    private LocalTime start;
    @Column(name = "end_time", nullable = false)
    private LocalTime end;
    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;
    @Column(name = "break_minutes", nullable = false)
    private int breakMinutes;
    private Integer tables;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Session() {
    }

    public Session(Mission mission, SessionRequest request, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.mission = mission;
        this.version = 1;
        this.createdAt = now;
        assign(request, now);
    }

    /** Answers whether anything changed. */
    public boolean update(SessionRequest request, OffsetDateTime now) {
        if (request().equals(request)) {
            return false;
        }
        version++;
        assign(request, now);
        return true;
    }

    public SessionRequest request() {
        return new SessionRequest(name, format, date, start, end, slotMinutes, breakMinutes, tables);
    }

    public List<SlotGrid.Slot> slots(ZoneId zone) {
        return SlotGrid.slots(date, start, end, slotMinutes, breakMinutes, zone);
    }

    public SessionData data(ZoneId zone) {
        return new SessionData(id, name, format.name(), date, tables, slots(zone).stream()
                .map(s -> new PeriodData(s.start().toOffsetDateTime(), s.end().toOffsetDateTime())).toList());
    }

    public SessionView view(ZoneId zone) {
        return new SessionView(id, mission.id(), name, format, date, start, end, slotMinutes, breakMinutes, tables,
                slots(zone).size(), version, createdAt, updatedAt);
    }

    /** Whether this session and {@code other} (same format) overlap in time on the same day. */
    public boolean overlaps(SessionRequest other) {
        return format == other.format() && date.equals(other.date()) && start.isBefore(other.end())
                && other.start().isBefore(end);
    }

    private void assign(SessionRequest request, OffsetDateTime now) {
        name = request.name() == null || request.name().isBlank() ? null : request.name().trim();
        format = request.format();
        date = request.date();
        start = request.start();
        end = request.end();
        slotMinutes = request.slotMinutes();
        breakMinutes = request.breakMinutes();
        tables = request.tables();
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public LocalDate date() {
        return date;
    }

    public long version() {
        return version;
    }
}
