package org.trademission.buyer.demand;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trademission.buyer.company.Buyer;
import org.trademission.buyer.interest.InterestView;
import org.trademission.buyer.interest.SourcingInterest;
import org.trademission.platform.hs.HsNomenclature;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;
import org.trademission.platform.web.SortRequest;

/** The market's active demand across buyers: the list, and counts per HS chapter. */
@ApplicationScoped
public class DemandQueries {
    /** {@code sort} on the demand list: the API's names and the query's paths. */
    static final Map<String, String> SORTABLE = Map.of("hsCode", "i.hsCode", "buyerDisplayName", "b.displayNameKey",
            "country", "b.country", "city", "b.cityKey", "neededBy", "i.neededBy", "createdAt", "i.createdAt");

    private final EntityManager entityManager;

    public DemandQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Active interests whose HS prefix covers {@code hsCode} or lies within it, of buyers in {@code country}. */
    @Transactional
    public PageResult<DemandItem> demand(String hsCode, String country, List<SortRequest.Key> sort, PageRequest page,
            boolean withBudgets) {
        String where = where(hsCode, country);
        TypedQuery<SourcingInterest> query = entityManager.createQuery("select i from SourcingInterest i "
                + "join fetch i.buyer b where " + where + " order by "
                + SortRequest.orderBy(sort, "i.hsCode, b.displayNameKey", "i.id"), SourcingInterest.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(i) from SourcingInterest i join i.buyer b "
                + "where " + where, Long.class);
        bind(query, hsCode, country);
        bind(count, hsCode, country);
        List<DemandItem> items = new ArrayList<>();
        for (SourcingInterest interest : query.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList()) {
            Buyer buyer = interest.buyer();
            InterestView view = interest.view();
            items.add(new DemandItem(view.id(), buyer.id(), buyer.displayName(), buyer.country(), buyer.city(),
                    buyer.programme().enrolled(), view.hsCode(), view.hsChapter(), view.description(),
                    view.quantity(), withBudgets ? view.budget() : null, view.neededBy()));
        }
        return new PageResult<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /** Interest and buyer counts per HS chapter, in chapter order. */
    @Transactional
    public List<ChapterDemand> summary(String country) {
        TypedQuery<Object[]> query = entityManager.createQuery("select substring(i.hsCode, 1, 2), count(i), "
                + "count(distinct b.id) from SourcingInterest i join i.buyer b where " + where(null, country)
                + " group by substring(i.hsCode, 1, 2) order by substring(i.hsCode, 1, 2)", Object[].class);
        bind(query, null, country);
        return query.getResultList().stream().map(row -> new ChapterDemand(
                HsNomenclature.chapter((String) row[0]).orElse(null), (Long) row[1], (Long) row[2])).toList();
    }

    private static String where(String hsCode, String country) {
        StringBuilder where = new StringBuilder("i.active = true");
        if (hsCode != null) {
            where.append(" and (i.hsCode like :hsPrefix or :hs like concat(i.hsCode, '%'))");
        }
        if (country != null) {
            where.append(" and b.country = :country");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, String hsCode, String country) {
        if (hsCode != null) {
            query.setParameter("hsPrefix", hsCode + "%").setParameter("hs", hsCode);
        }
        if (country != null) {
            query.setParameter("country", country);
        }
    }
}
