package org.trademission.mission.brief;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.trademission.platform.json.JsonColumn;
import org.trademission.platform.search.Folded;

/** A market brief of a mission (not part of the mission aggregate: matching does not need it). */
@Entity
@Table(name = "market_brief")
public class Brief {
    private static final TypeReference<List<BriefRequest.Section>> SECTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<BriefRequest.Link>> LINKS = new TypeReference<>() {
    };

    @Id
    private UUID id;
    @Column(name = "mission_id", nullable = false)
    private UUID missionId;
    @Column(nullable = false, length = 200)
    private String title;
    /** The {@link Folded} title, what lists sort by. */
    @Column(name = "title_key", nullable = false, length = 200)
    private String titleKey;
    @Column(length = 2000)
    private String summary;
    @Column(nullable = false, length = 1_000_000)
    private String sections;
    @Column(nullable = false, length = 60_000)
    private String links;
    @Column(nullable = false)
    private long version;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Brief() {
    }

    Brief(UUID missionId, BriefRequest request, OffsetDateTime now) {
        this.id = UUID.randomUUID();
        this.missionId = missionId;
        this.version = 1;
        this.createdAt = now;
        assign(request, now);
    }

    void update(BriefRequest request, OffsetDateTime now) {
        version++;
        assign(request, now);
    }

    private void assign(BriefRequest request, OffsetDateTime now) {
        title = request.title().trim();
        titleKey = Folded.key(title, 200);
        summary = request.summary();
        sections = JsonColumn.write(request.sections());
        links = JsonColumn.write(request.links());
        updatedAt = now;
    }

    long version() {
        return version;
    }

    BriefView view() {
        return new BriefView(id, missionId, title, summary, JsonColumn.read(sections, SECTIONS),
                JsonColumn.read(links, LINKS), version, createdAt, updatedAt);
    }
}
