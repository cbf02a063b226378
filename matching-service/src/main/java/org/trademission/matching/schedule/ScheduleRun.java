package org.trademission.matching.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.trademission.matching.schedule.solver.SolvedSchedule;

/** The last schedule build of a mission: BUILDING (with its progress), READY with its figures, or FAILED. */
@Entity
@Table(name = "schedule_run")
public class ScheduleRun {
    public enum Status { BUILDING, READY, FAILED }

    @Id
    @Column(name = "mission_id")
    private UUID missionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;
    @Column(length = 200)
    private String progress;
    @Column(nullable = false)
    private int requested;
    @Column(nullable = false)
    private int candidates;
    @Column(nullable = false)
    private int placed;
    @Column(name = "upper_bound", nullable = false)
    private int upperBound;
    @Column(nullable = false)
    private int breaks;
    @Column(name = "breaks_lower_bound", nullable = false)
    private int breaksLowerBound;
    @Column(nullable = false)
    private boolean optimal;
    @Column(name = "fairness_kept", nullable = false)
    private boolean fairnessKept;
    @Column(length = 30)
    private String method;
    @Column(nullable = false)
    private long millis;
    @Column(nullable = false, length = 1_000_000)
    private String unplaced;
    @Column(length = 2000)
    private String message;
    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;
    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;
    @Version
    @Column(nullable = false)
    private long version;

    protected ScheduleRun() {
    }

    ScheduleRun(UUID missionId) {
        this.missionId = missionId;
        this.unplaced = "[]";
    }

    /** A build is running (one that started over {@code staleAfter} ago is taken for dead: its JVM stopped). */
    boolean building(OffsetDateTime now, java.time.Duration staleAfter) {
        return status == Status.BUILDING && startedAt.plus(staleAfter).isAfter(now);
    }

    OffsetDateTime startedAt() {
        return startedAt;
    }

    void start(OffsetDateTime now, String what) {
        status = Status.BUILDING;
        progress = what;
        startedAt = now;
        finishedAt = null;
        message = null;
    }

    void progress(String what) {
        progress = what;
    }

    void finish(SchedulePlanner.Plan plan, ObjectMapper json, OffsetDateTime now) {
        SolvedSchedule solved = plan.solved();
        status = Status.READY;
        progress = null;
        requested = plan.requested();
        candidates = plan.candidates();
        placed = solved.placed();
        upperBound = solved.upperBound();
        breaks = solved.breaks();
        breaksLowerBound = solved.breaksLowerBound();
        optimal = solved.optimal();
        fairnessKept = solved.fairnessKept();
        method = solved.method();
        millis = solved.millis();
        try {
            unplaced = json.writeValueAsString(plan.unplaced());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        finishedAt = now;
    }

    void fail(String why, OffsetDateTime now) {
        status = Status.FAILED;
        progress = null;
        message = why;
        finishedAt = now;
    }

    ScheduleView view(List<MeetingView> meetings, ObjectMapper json, boolean withUnplaced) {
        List<Unplaced> notPlaced;
        try {
            notPlaced = withUnplaced ? json.readValue(unplaced, new TypeReference<List<Unplaced>>() { }) : List.of();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ScheduleView.Stats stats = status == Status.BUILDING && finishedAt == null && placed == 0 ? null
                : new ScheduleView.Stats(requested, candidates, placed, upperBound, breaks, breaksLowerBound,
                        optimal, fairnessKept, method, millis);
        return new ScheduleView(missionId, status, progress, message, meetings, notPlaced, stats, startedAt,
                finishedAt);
    }
}
