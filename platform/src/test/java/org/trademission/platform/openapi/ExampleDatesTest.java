package org.trademission.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExampleDatesTest {
    private static final Map<String, Object> MISSION = Map.of("startDate", "2027-03-09", "applicationDeadline",
            "2027-02-01", "unavailable", List.of(Map.of("start", "2027-03-10T09:00:00+01:00")), "exporterCapacity", 7,
            "inn", "7728413567");

    @Test
    void leavesTheExamplesAsWrittenWhileTheirEarliestDateIsMoreThanAMonthAway() {
        ExampleDates dates = ExampleDates.on(LocalDate.of(2026, 12, 3));

        assertEquals(0, dates.days());
        assertSame(MISSION, dates.shift(MISSION));
    }

    @Test
    void movesEveryDateByWholeYearsOf52WeeksOnceTheEarliestComesWithinAMonth() {
        ExampleDates dates = ExampleDates.on(LocalDate.of(2027, 1, 5));

        assertEquals(364, dates.days());
        assertEquals(Map.of("startDate", "2028-03-07", "applicationDeadline", "2028-01-31", "unavailable",
                List.of(Map.of("start", "2028-03-08T09:00:00+01:00")), "exporterCapacity", 7, "inn", "7728413567"),
                dates.shift(MISSION));
    }

    @Test
    void keepsTheEarliestDateAMonthAheadYearsLaterOnTheSameWeekday() {
        LocalDate today = LocalDate.of(2031, 6, 1);
        LocalDate deadline = LocalDate.parse((String) ((Map<?, ?>) ExampleDates.on(today).shift(MISSION))
                .get("applicationDeadline"));

        assertEquals(DayOfWeek.MONDAY, deadline.getDayOfWeek());
        assertTrue(!deadline.isBefore(today.plusDays(30)) && deadline.isBefore(today.plusDays(30 + 364)));
    }

    @Test
    void movesTheDatesOfAJsonTreeAndOfATextAndLeavesOtherTextAlone() throws Exception {
        ExampleDates dates = ExampleDates.on(LocalDate.of(2027, 1, 5));
        JsonNode tree = new ObjectMapper().readTree("{\"neededBy\": \"2027-06-30\", \"codes\": [\"8456\", "
                + "\"2027-13-45\"], \"phone\": \"+7 495 765-43-21\"}");

        assertEquals(new ObjectMapper().readTree("{\"neededBy\": \"2028-06-28\", \"codes\": [\"8456\", "
                + "\"2027-13-45\"], \"phone\": \"+7 495 765-43-21\"}"), dates.shift(tree));
        assertEquals("from 2028-03-07 to 2028-03-09", dates.shift("from 2027-03-09 to 2027-03-11"));
    }
}
