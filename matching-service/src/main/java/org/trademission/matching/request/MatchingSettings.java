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

    @Id
    @Column(name = "mission_id")
    private UUID missionId;
    @Column(name = "max_open_requests", nullable = false)
    private int maxOpenRequests;

    protected MatchingSettings() {
    }

    MatchingSettings(UUID missionId, int maxOpenRequests) {
        this.missionId = missionId;
        this.maxOpenRequests = maxOpenRequests;
    }

    int maxOpenRequests() {
        return maxOpenRequests;
    }

    void maxOpenRequests(int value) {
        maxOpenRequests = value;
    }

    SettingsBody body() {
        return new SettingsBody(maxOpenRequests);
    }
}
