package org.trademission.exporter.product;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.trademission.platform.search.Folded;
import org.trademission.platform.web.SortRequest;

/**
 * {@code sort=hsCode,-createdAt} on an exporter's products (sorted in memory: they belong to the exporter); without
 * it, the order in which they were added. The id breaks ties.
 */
final class ProductSort {
    private static final Map<String, Comparator<ProductView>> FIELDS = Map.of(
            "name", Comparator.comparing(ProductView::name, Folded.ORDER),
            "hsCode", Comparator.comparing(ProductView::hsCode),
            "leadTimeDays", Comparator.comparing(ProductView::leadTimeDays, Comparator.nullsLast(Integer::compare)),
            "createdAt", Comparator.comparing(ProductView::createdAt),
            "updatedAt", Comparator.comparing(ProductView::updatedAt));

    private ProductSort() {
    }

    /** The requested order, parsed before the list is read (a bad sort is a 400, never a 404). */
    static Optional<Comparator<ProductView>> order(String sort) {
        return SortRequest.comparator(sort, FIELDS, Comparator.comparing(ProductView::id));
    }
}
