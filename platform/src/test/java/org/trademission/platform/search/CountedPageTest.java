package org.trademission.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.panache.common.Sort;
import org.junit.jupiter.api.Test;

class CountedPageTest {

    @Test
    void ordersByEachSortColumnOnTheAlias() {
        assertEquals(" order by e.displayName, e.createdAt desc, e.id",
                CountedPage.orderBy(Sort.by("displayName").and("createdAt", Sort.Direction.Descending).and("id"), "e"));
        assertEquals("", CountedPage.orderBy(Sort.empty(), "e"));
    }
}
