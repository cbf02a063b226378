package org.trademission.buyer.company;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
public class BuyerRepository implements PanacheRepositoryBase<Buyer, UUID> {
    /** A trigram held by more than this many buyers is too common to narrow a search. */
    private static final TrigramIndex SEARCH_INDEX = new TrigramIndex("buyer_search_gram", "buyer_id", 500);

    /** Loads the buyer and locks its row until the transaction ends: every write loads what it changes this way. */
    public Optional<Buyer> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The id only, without loading the buyer (an unlocked entity would keep stale fields; see findForUpdate). */
    public Optional<UUID> findIdByCrmId(String crmId) {
        return id("select b.id from Buyer b where b.crmId = :value", crmId);
    }

    /** The id only; see {@link #findIdByCrmId}. */
    public Optional<UUID> findIdByIce(String ice) {
        return id("select b.id from Buyer b where b.ice = :value", ice);
    }

    /**
     * The unique keys ({@link BuyerKeys}) of every buyer that holds one of the given crmIds or ICEs: what a chunk of
     * an import checks its rows against, in one query.
     */
    public UniqueKeys uniqueKeys(Set<String> crmIds, Set<String> ices) {
        return BuyerKeys.index().load(getEntityManager(), "Buyer", List.of(crmIds, ices));
    }

    /** Loads and locks these buyers (in id order, so that two imports cannot deadlock), by id. */
    public Map<UUID, Buyer> lockAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return find("id in ?1", Sort.by("id"), ids).withLock(LockModeType.PESSIMISTIC_WRITE).list().stream()
                .collect(Collectors.toMap(Buyer::id, buyer -> buyer));
    }

    private Optional<UUID> id(String query, String value) {
        return getEntityManager().createQuery(query, UUID.class).setParameter("value", value).getResultStream()
                .findFirst();
    }

    /**
     * The page of buyers a search finds, as rows (no entities: {@link BuyerRow}). Makes the session read-only: call it
     * outside a transaction or in one of its own ({@link ReadOnlyQueries}).
     */
    public PageResult<BuyerRow> search(BuyerSearch search, Sort sort, PageRequest page) {
        ReadOnlyQueries.apply(getEntityManager());
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        boolean narrowed = false;
        if (notBlank(search.q())) {
            conditions.add("locate(:q, b.searchText) > 0"); // not LIKE: H2 re-plans a statement with LIKE at every run
            parameters.and("q", Folded.of(search.q().trim()));
            TrigramIndex.Narrowing narrowing = SEARCH_INDEX.narrow(getEntityManager(), search.q());
            if (narrowing.noMatch()) {
                return PageResult.of(List.of(), page, () -> 0);
            }
            if (narrowing.byGram()) {
                conditions.add("b.id in (select g.buyerId from BuyerSearchGram g where g.gram = :gram)");
                parameters.and("gram", narrowing.gram());
                narrowed = true;
            }
        }
        if (notBlank(search.country())) {
            conditions.add("b.country = :country");
            parameters.and("country", search.country().trim().toUpperCase(Locale.ROOT));
        }
        if (notBlank(search.city())) {
            conditions.add("b.cityKey = :city");
            parameters.and("city", Folded.key(search.city().trim(), 100));
        }
        if (notBlank(search.language())) {
            conditions.add("locate(:language, b.languages) > 0");
            parameters.and("language", "," + search.language().trim() + ",");
        }
        if (search.enrolled() != null) {
            conditions.add("b.programmeEnrolled = :enrolled");
            parameters.and("enrolled", search.enrolled());
        }
        if (search.companySize() != null) {
            conditions.add("b.companySize = :size");
            parameters.and("size", search.companySize());
        }
        if (notBlank(search.hsCode())) {
            conditions.add("exists (select 1 from SourcingInterest i where i.buyer = b and i.active = true "
                    + "and (i.hsCode like :hsPrefix escape '\\' or :hs like concat(i.hsCode, '%')))");
            parameters.and("hsPrefix", escapeLike(search.hsCode().trim()) + "%").and("hs", search.hsCode().trim());
        }
        String from = "from Buyer b" + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions));
        if (narrowed) { // a few hundred rows at most: the page and its total in one pass
            return CountedPage.of(getEntityManager(), BuyerRow.COLUMNS, BuyerRow::of, from, "b", sort, parameters,
                    page);
        }
        return CountedPage.separately(getEntityManager(), BuyerRow.COLUMNS, BuyerRow::of, from, "b", sort,
                parameters, page);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
