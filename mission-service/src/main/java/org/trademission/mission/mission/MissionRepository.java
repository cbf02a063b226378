package org.trademission.mission.mission;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.trademission.platform.search.Folded;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;

@ApplicationScoped
public class MissionRepository implements PanacheRepositoryBase<Mission, UUID> {

    /** Loads the mission and locks its row until the transaction ends: every write loads what it changes this way. */
    public Optional<Mission> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Missions matching the filters; {@code from}/{@code to}: missions that overlap that period. */
    public PageResult<Mission> search(MissionStatus status, boolean publishedOnly, String country, LocalDate from,
            LocalDate to, String q, MissionSort order, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (status != null) {
            conditions.add("m.status = :status");
            parameters.and("status", status);
        }
        if (publishedOnly) {
            conditions.add("m.status <> :draft");
            parameters.and("draft", MissionStatus.DRAFT);
        }
        if (country != null) {
            conditions.add("m.destinationCountry = :country");
            parameters.and("country", country);
        }
        if (from != null) {
            conditions.add("m.endDate >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            conditions.add("m.startDate <= :to");
            parameters.and("to", to);
        }
        if (q != null && !q.isBlank()) {
            conditions.add("locate(:q, m.searchText) > 0"); // not LIKE: H2 re-plans a statement with LIKE at every run
            parameters.and("q", Folded.of(q.trim()));
        }
        Sort sort = order.sort();
        PanacheQuery<Mission> query = conditions.isEmpty() ? findAll(sort)
                : find("from Mission m where " + String.join(" and ", conditions), sort, parameters);
        List<Mission> items = query.page(page.page(), page.size()).list();
        return PageResult.of(items, page, query::count);
    }
}
