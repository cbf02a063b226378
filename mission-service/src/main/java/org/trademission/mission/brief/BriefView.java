package org.trademission.mission.brief;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A market brief as the API shows it. */
public record BriefView(UUID id, UUID missionId, String title, String summary, List<BriefRequest.Section> sections,
        List<BriefRequest.Link> links, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
