package org.trademission.matching.schedule;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A mission's schedule: its meetings, the requested meetings it could not hold (each with a reason), and its
 * figures. While a build runs in the background ({@code BUILDING}) it shows the previous meetings and the progress.
 */
public record ScheduleView(UUID missionId, ScheduleRun.Status status, String progress, String message,
        List<MeetingView> meetings, List<Unplaced> unplaced, Stats stats, OffsetDateTime startedAt,
        OffsetDateTime builtAt) {

    /**
     * @param requested        accepted and pending requests considered
     * @param candidates       requests plus recommendations considered
     * @param placed           meetings on the schedule
     * @param upperBound       proven: no schedule could place more of the candidates
     * @param breaks           total breaks (a gap between two of a participant's meetings on one day counts one)
     * @param breaksLowerBound proven: no schedule placing as much has fewer breaks
     * @param optimal          placement and breaks both proven optimal
     * @param fairnessKept     nobody has more breaks than maxBreaksPerParticipant
     */
    public record Stats(int requested, int candidates, int placed, int upperBound, int breaks, int breaksLowerBound,
            boolean optimal, boolean fairnessKept, String method, long millis) {
    }
}
