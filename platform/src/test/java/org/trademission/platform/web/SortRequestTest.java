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
}
