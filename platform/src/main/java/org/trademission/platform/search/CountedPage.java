package org.trademission.platform.search;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.stream.Collectors;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;

/**
 * A page and the total of its query in one pass ({@code select e, count(*) over () …}) instead of a page query and a
 * count query. Every matching row is then read before the page is cut, so use it only where the matches are few
 * (a search narrowed by {@link TrigramIndex}); a scan that can stop at the first page keeps the separate count.
 */
public final class CountedPage {
    private CountedPage() {
    }

    /**
     * @param from    {@code from Entity alias where …}
     * @param alias   the entity's alias in {@code from}
     */
    public static <T> PageResult<T> of(EntityManager entityManager, Class<T> type, String from, String alias,
            Sort sort, Parameters parameters, PageRequest page) {
        TypedQuery<Object[]> query = entityManager.createQuery(
                "select " + alias + ", count(*) over () " + from + orderBy(sort, alias), Object[].class);
        parameters.map().forEach(query::setParameter);
        List<Object[]> rows = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<T> items = rows.stream().map(row -> type.cast(row[0])).toList();
        if (!rows.isEmpty()) {
            return new PageResult<>(items, page.page(), page.size(), ((Number) rows.get(0)[1]).longValue());
        }
        return PageResult.of(items, page, () -> {
            TypedQuery<Long> count = entityManager.createQuery("select count(*) " + from, Long.class);
            parameters.map().forEach(count::setParameter);
            return count.getSingleResult();
        });
    }

    static String orderBy(Sort sort, String alias) {
        if (sort.getColumns().isEmpty()) {
            return "";
        }
        return sort.getColumns().stream()
                .map(column -> alias + "." + column.getName()
                        + (column.getDirection() == Sort.Direction.Descending ? " desc" : ""))
                .collect(Collectors.joining(", ", " order by ", ""));
    }
}
