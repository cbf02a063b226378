package org.trademission.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.problem.Violation;

class SortRequestTest {
    private static final Map<String, String> FIELDS = Map.of("displayName", "displayName", "createdAt", "createdAt",
            "city", "address.city");

    private static Violation problem(String text) {
        ProblemException e = assertThrows(ProblemException.class, () -> SortRequest.parse(text, FIELDS));
        assertEquals(400, e.problem().status());
        return e.problem().violations().get(0);
    }

    @Test
    void readsFieldsInOrderWithTheirDirectionsAsEntityProperties() {
        assertEquals(List.of(new SortRequest.Key("address.city", false), new SortRequest.Key("createdAt", true),
                new SortRequest.Key("displayName", false)), SortRequest.parse(" city , -createdAt,+displayName", FIELDS));
    }

    @Test
    void readsNothingFromAnAbsentOrBlankSort() {
        assertEquals(List.of(), SortRequest.parse(null, FIELDS));
        assertEquals(List.of(), SortRequest.parse("  ", FIELDS));
    }

    @Test
    void answers400NamingSortForAnUnknownFieldAndListsTheSortableOnes() {
        Violation violation = problem("displayName,inn");
        assertEquals("sort", violation.field());
        assertEquals("'inn' is not sortable; use [city, createdAt, displayName]", violation.message());
    }

    @Test
    void answers400ForAnEmptyFieldARepeatedOneOrABareSign() {
        assertTrue(problem("displayName,,city").message().startsWith("must be field names separated by commas"));
        assertTrue(problem("city,").message().startsWith("must be field names"));
        assertTrue(problem("-").message().startsWith("must be field names"));
        assertEquals("'city' is named twice", problem("city,-city").message());
    }

    @Test
    void endsEveryPanacheSortWithTheIdAndUsesTheDefaultsOnlyWhenNoneIsAsked() {
        Sort asked = SortRequest.panache("-createdAt", FIELDS, List.of("displayName"));
        assertEquals(List.of("createdAt", "id"), asked.getColumns().stream().map(Sort.Column::getName).toList());
        assertEquals(Sort.Direction.Descending, asked.getColumns().get(0).getDirection());
        Sort defaults = SortRequest.panache(null, FIELDS, List.of("displayName", "createdAt"));
        assertEquals(List.of("displayName", "createdAt", "id"),
                defaults.getColumns().stream().map(Sort.Column::getName).toList());
    }

    private record Item(String name, Integer rank, int id) {
    }

    private static final Map<String, java.util.Comparator<Item>> ITEM_FIELDS = Map.of(
            "name", java.util.Comparator.comparing(Item::name),
            "rank", java.util.Comparator.comparing(Item::rank, java.util.Comparator.nullsLast(Integer::compare)));

    @Test
    void sortsInMemoryByTheRequestedKeysThenTheTieBreak() {
        List<Item> items = List.of(new Item("b", 1, 3), new Item("a", null, 2), new Item("b", 2, 1),
                new Item("a", 5, 4));
        java.util.Comparator<Item> order = SortRequest.comparator("name,-rank", ITEM_FIELDS,
                java.util.Comparator.comparingInt(Item::id)).orElseThrow();
        assertEquals(List.of(2, 4, 1, 3), items.stream().sorted(order).map(Item::id).toList());
        java.util.Comparator<Item> byName = SortRequest.comparator("-name", ITEM_FIELDS,
                java.util.Comparator.comparingInt(Item::id)).orElseThrow();
        assertEquals(List.of(1, 3, 2, 4), items.stream().sorted(byName).map(Item::id).toList());
    }

    @Test
    void leavesAnInMemoryListInItsOwnOrderWhenNoSortIsAsked() {
        assertTrue(SortRequest.comparator(null, ITEM_FIELDS, java.util.Comparator.comparingInt(Item::id)).isEmpty());
        List<Item> items = List.of(new Item("b", 1, 2), new Item("a", 2, 1));
        assertEquals(items, SortRequest.sorted(items, SortRequest.comparator(" ", ITEM_FIELDS,
                java.util.Comparator.comparingInt(Item::id))));
        assertEquals(List.of(items.get(1), items.get(0)), SortRequest.sorted(items, SortRequest.comparator("name",
                ITEM_FIELDS, java.util.Comparator.comparingInt(Item::id))));
        ProblemException e = assertThrows(ProblemException.class, () -> SortRequest.comparator("id", ITEM_FIELDS,
                java.util.Comparator.comparingInt(Item::id)));
        assertEquals("sort", e.problem().violations().get(0).field());
    }

    @Test
    void writesAJpqlOrderWithEmptyValuesLastAscendingAndTheTieBreakOnce() {
        Map<String, String> paths = Map.of("name", "b.displayName", "neededBy", "i.neededBy", "id", "i.id");
        assertEquals("i.hsCode, b.displayName, i.id", SortRequest.orderBy(List.of(), "i.hsCode, b.displayName",
                "i.id"));
        assertEquals("i.id", SortRequest.orderBy(SortRequest.parse(null, paths), "", "i.id"));
        assertEquals("i.neededBy desc nulls first, b.displayName asc nulls last, i.id", SortRequest.orderBy(
                SortRequest.parse("-neededBy,name", paths), "i.hsCode", "i.id"));
        assertEquals("i.id desc nulls first", SortRequest.orderBy(SortRequest.parse("-id", paths), "", "i.id"));
    }
}
