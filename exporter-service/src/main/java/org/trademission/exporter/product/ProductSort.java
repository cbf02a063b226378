package org.trademission.exporter.product;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.trademission.platform.web.SortRequest;

/**
 * {@code sort=hsCode,-createdAt} on an exporter's products (sorted in memory: they belong to the exporter); without
 * it, the order in which they were added. The id breaks ties.
 */
final class ProductSort {
    private static final Map<String, Comparator<ProductView>> FIELDS = Map.of(
            "name", Comparator.comparing(ProductView::name, String.CASE_INSENSITIVE_ORDER),
            "hsCode", Comparator.comparing(ProductView::hsCode),
            "leadTimeDays", Comparator.comparing(ProductView::leadTimeDays, Comparator.nullsLast(Integer::compare)),
            "createdAt", Comparator.comparing(ProductView::createdAt),
            "updatedAt", Comparator.comparing(ProductView::updatedAt));

    private ProductSort() {
    }

    static List<ProductView> sorted(List<ProductView> products, String sort) {
        return SortRequest.sorted(products, sort, FIELDS, Comparator.comparing(ProductView::id));
    }
}
