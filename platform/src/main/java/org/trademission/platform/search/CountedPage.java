package org.trademission.platform.search;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trademission.platform.web.PageRequest;
import org.trademission.platform.web.PageResult;

/**
 * A page and the total of its query in one pass ({@code select e.id, …, count(*) over () …}) instead of a page query
 * and a count query. Every matching row is then read before the page is cut, so use it only where the matches are few
 * (a search narrowed by {@link TrigramIndex}); a scan that can stop at the first page keeps the separate count
 * ({@link #separately}). Both select columns and map each tuple to a row of the caller's, which spares a search
 * loading entities it only turns into views.
 */
public final class CountedPage {
    private CountedPage() {
    }

    /**
     * @param selection what to select, e.g. {@code e.id, e.name} (or {@code e} for the entity)
     * @param row       a row from a selected tuple (which has one element more at the end: the total)
     * @param from      {@code from Entity alias where …}
     * @param alias     the entity's alias in {@code from}
     */
    public static <T> PageResult<T> of(EntityManager entityManager, String selection, Function<Object[], T> row,
            String from, String alias, Sort sort, Parameters parameters, PageRequest page) {
        TypedQuery<Object[]> query = entityManager.createQuery(
                "select " + selection + ", count(*) over () " + from + orderBy(sort, alias), Object[].class);
        parameters.map().forEach(query::setParameter);
        List<Object[]> rows = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<T> items = rows.stream().map(row).toList();
        if (!rows.isEmpty()) {
            Object[] first = rows.get(0);
            return new PageResult<>(items, page.page(), page.size(), ((Number) first[first.length - 1]).longValue());
        }
        return PageResult.of(items, page, () -> count(entityManager, from, parameters));
    }

    /**
     * A page query, and a count query only when the page cannot tell the total ({@link PageResult#of}): for a scan,
     * whose first page can come before every match is read.
     */
    public static <T> PageResult<T> separately(EntityManager entityManager, String selection,
            Function<Object[], T> row, String from, String alias, Sort sort, Parameters parameters, PageRequest page) {
        TypedQuery<Object[]> query = entityManager.createQuery(
                "select " + selection + " " + from + orderBy(sort, alias), Object[].class);
        parameters.map().forEach(query::setParameter);
        List<T> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(row).toList();
        return PageResult.of(items, page, () -> count(entityManager, from, parameters));
    }

    private static long count(EntityManager entityManager, String from, Parameters parameters) {
        TypedQuery<Long> count = entityManager.createQuery("select count(*) " + from, Long.class);
        parameters.map().forEach(count::setParameter);
        return count.getSingleResult();
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
