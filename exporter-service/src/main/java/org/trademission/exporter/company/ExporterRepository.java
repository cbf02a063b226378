package org.trademission.exporter.company;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.trademission.platform.importing.UniqueKeys;
import org.trademission.platform.search.CountedPage;
import org.trademission.platform.search.Folded;
import org.trademission.platform.search.ReadOnlyQueries;
import org.trademission.platform.search.TrigramIndex;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;

@ApplicationScoped
public class ExporterRepository implements PanacheRepositoryBase<Exporter, UUID> {
    /** A trigram held by more than this many exporters is too common to narrow a search. */
    private static final TrigramIndex SEARCH_INDEX = new TrigramIndex("exporter_search_gram", "exporter_id", 500);

    /** Loads the exporter and locks its row until the transaction ends, so that If-Match checks are race-free. */
    public Optional<Exporter> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The id only, without loading the exporter: a write must load what it changes under its row lock
     * ({@link #findForUpdate}), and an entity loaded earlier in the transaction would keep its stale fields.
     */
    public Optional<UUID> findIdByCrmId(String crmId) {
        return getEntityManager().createQuery("select e.id from Exporter e where e.crmId = :crmId", UUID.class)
                .setParameter("crmId", crmId).getResultStream().findFirst();
    }

    /** The id only; see {@link #findIdByCrmId}. */
    public Optional<UUID> findIdByInn(String inn) {
        return getEntityManager().createQuery("select e.id from Exporter e where e.inn = :inn", UUID.class)
                .setParameter("inn", inn).getResultStream().findFirst();
    }

    /** The id only; see {@link #findIdByCrmId}. */
    public Optional<UUID> findIdByOgrn(String ogrn) {
        return getEntityManager().createQuery("select e.id from Exporter e where e.ogrn = :ogrn", UUID.class)
                .setParameter("ogrn", ogrn).getResultStream().findFirst();
    }

    /**
     * The unique keys ({@link ExporterKeys}) of every exporter that holds one of the given crmIds, INNs or OGRNs: what
     * a chunk of an import checks its rows against, in one query.
     */
    public UniqueKeys uniqueKeys(Set<String> crmIds, Set<String> inns, Set<String> ogrns) {
        return ExporterKeys.index().load(getEntityManager(), "Exporter", List.of(crmIds, inns, ogrns));
    }

    /** Loads and locks these exporters (in id order, so that two imports cannot deadlock), by id. */
    public Map<UUID, Exporter> lockAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return find("id in ?1", Sort.by("id"), ids).withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .collect(Collectors.toMap(Exporter::id, exporter -> exporter));
    }

    /**
     * The page of exporters a search finds, as rows (no entities: {@link ExporterRow}). Makes the session read-only:
     * call it outside a transaction or in one of its own ({@link ReadOnlyQueries}).
     */
    public PageResult<ExporterRow> search(ExporterSearch search, ExporterSort order, PageRequest page) {
        ReadOnlyQueries.apply(getEntityManager());
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        boolean narrowed = false;
        if (search.q() != null && !search.q().isBlank()) {
            conditions.add("locate(:q, e.searchText) > 0"); // not LIKE: H2 re-plans a statement with LIKE at every run
            parameters.and("q", Folded.of(search.q().trim()));
            TrigramIndex.Narrowing narrowing = SEARCH_INDEX.narrow(getEntityManager(), search.q());
            if (narrowing.noMatch()) {
                return PageResult.of(List.of(), page, () -> 0);
            }
            if (narrowing.byGram()) {
                conditions.add("e.id in (select g.exporterId from ExporterSearchGram g where g.gram = :gram)");
                parameters.and("gram", narrowing.gram());
                narrowed = true;
            }
        }
        if (search.status() != null) {
            conditions.add("status = :status");
            parameters.and("status", search.status());
        }
        if (search.hideSuspended() && search.self() != null) {
            conditions.add("(status <> :suspended or e.id = :self)");
            parameters.and("suspended", ExporterStatus.SUSPENDED).and("self", search.self());
        } else if (search.hideSuspended()) {
            conditions.add("status <> :suspended");
            parameters.and("suspended", ExporterStatus.SUSPENDED);
        }
        if (search.language() != null && !search.language().isBlank()) {
            conditions.add("locate(:language, e.languages) > 0");
            parameters.and("language", "," + search.language().trim() + ",");
        }
        if (search.city() != null && !search.city().isBlank()) {
            conditions.add("cityKey = :city");
            parameters.and("city", Folded.key(search.city().trim(), 100));
        }
        if (search.hsCode() != null && !search.hsCode().isBlank()) {
            conditions.add("exists (select 1 from Product p where p.exporter = e and p.hsCode like :hs escape '\\')");
            parameters.and("hs", escapeLike(search.hsCode().trim()) + "%");
        }
        String from = "from Exporter e" + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        Sort sort = order.sort();
        if (narrowed) { // a few hundred rows at most: the page and its total in one pass
            return CountedPage.of(getEntityManager(), ExporterRow.COLUMNS, ExporterRow::of, from, "e", sort,
                    parameters, page);
        }
        return CountedPage.separately(getEntityManager(), ExporterRow.COLUMNS, ExporterRow::of, from, "e", sort,
                parameters, page);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
