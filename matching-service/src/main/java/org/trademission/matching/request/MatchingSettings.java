package org.trademission.matching.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Matching settings of a mission: how many pending requests a participant may have sent at once. */
@Entity
@Table(name = "matching_settings")
public class MatchingSettings {
    public static final int DEFAULT_MAX_OPEN_REQUESTS = 12;
    public static final int DEFAULT_MAX_BREAKS = 2;
    public static final int DEFAULT_RECOMMENDED = 2;

    @Id
    @Column(name = "mission_id")
    private UUID missionId;
    @Column(name = "max_open_requests", nullable = false)
    private int maxOpenRequests;
    @Column(name = "max_meetings")
    private Integer maxMeetings;
    @Column(name = "max_breaks")
    private Integer maxBreaks;
    @Column(name = "recommended_per_participant")
    private Integer recommended;

    protected MatchingSettings() {
    }

    MatchingSettings(UUID missionId, int maxOpenRequests) {
        this.missionId = missionId;
        this.maxOpenRequests = maxOpenRequests;
    }

    public static MatchingSettings defaults(UUID missionId) {
        return new MatchingSettings(missionId, DEFAULT_MAX_OPEN_REQUESTS);
    }

    /** Most meetings per participant; {@link Integer#MAX_VALUE} when the mission sets none. */
    public int maxMeetings() {
        return maxMeetings == null ? Integer.MAX_VALUE : maxMeetings;
    }

    public int maxBreaks() {
        return maxBreaks == null ? DEFAULT_MAX_BREAKS : maxBreaks;
    }

    public int recommendedPerParticipant() {
        return recommended == null ? DEFAULT_RECOMMENDED : recommended;
    }

    void apply(SettingsBody body) {
        maxOpenRequests = body.maxOpenRequests();
        maxMeetings = body.maxMeetingsPerParticipant();
        maxBreaks = body.maxBreaksPerParticipant();
        recommended = body.recommendedPerParticipant();
    }

    int maxOpenRequests() {
        return maxOpenRequests;
    }

    SettingsBody body() {
        return new SettingsBody(maxOpenRequests, maxMeetings, maxBreaks(), recommendedPerParticipant());
    }
}
