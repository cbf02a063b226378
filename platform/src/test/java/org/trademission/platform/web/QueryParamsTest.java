package org.trademission.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.problem.Violation;

class QueryParamsTest {
    private enum Status { OPEN, CLOSED }

    private static Violation problem(Executable read) {
        ProblemException e = assertThrows(ProblemException.class, read);
        assertEquals(400, e.problem().status());
        return e.problem().violations().get(0);
    }

    @Test
    void readsAbsentOrBlankParametersAsNoFilter() {
        for (String absent : new String[] {null, "", "  "}) {
            assertNull(QueryParams.country("country", absent));
            assertNull(QueryParams.hsPrefix("hsCode", absent));
            assertNull(QueryParams.uuid("buyerId", absent));
            assertNull(QueryParams.date("from", absent));
            assertNull(QueryParams.bool("active", absent));
            assertNull(QueryParams.oneOf("status", absent, Status.class));
        }
    }

    @Test
    void readsWellFormedValuesTrimmed() {
        assertEquals("MA", QueryParams.country("country", " ma "));
        assertEquals("8456", QueryParams.hsPrefix("hsCode", " 8456 "));
        UUID id = UUID.randomUUID();
        assertEquals(id, QueryParams.uuid("buyerId", " " + id + " "));
        assertEquals(LocalDate.of(2027, 3, 10), QueryParams.date("from", "2027-03-10"));
        assertEquals(Boolean.FALSE, QueryParams.bool("active", "false"));
        assertEquals(Status.CLOSED, QueryParams.oneOf("status", " CLOSED", Status.class));
    }

    @Test
    void answers400NamingTheParameterForABadValue() {
        assertEquals(new Violation("country", "must be an ISO 3166-1 alpha-2 code, e.g. MA"),
                problem(() -> QueryParams.country("country", "XX")));
        assertEquals(new Violation("hsCode", "must be 2 to 10 digits starting with a real HS chapter"),
                problem(() -> QueryParams.hsPrefix("hsCode", "77")));
        assertEquals("hsCode", problem(() -> QueryParams.hsPrefix("hsCode", "8")).field());
        assertEquals(new Violation("buyerId", "must be a UUID"), problem(() -> QueryParams.uuid("buyerId", "42")));
        assertEquals(new Violation("from", "must be a date YYYY-MM-DD"),
                problem(() -> QueryParams.date("from", "10/03/2027")));
        assertEquals(new Violation("active", "must be true or false"), problem(() -> QueryParams.bool("active", "1")));
        assertEquals(new Violation("status", "must be one of OPEN, CLOSED"),
                problem(() -> QueryParams.oneOf("status", "open", Status.class)));
    }

    @Test
    void readsALanguageInAnyCaseAndRejectsWhatIsNotAnIso639Code() {
        assertEquals("fr", QueryParams.language("language", " FR "));
        assertEquals("ar", QueryParams.language("language", "ar"));
        assertNull(QueryParams.language("language", " "));
        for (String bad : new String[] {"fra", "xx", "f", "français"}) {
            assertEquals("language", problem(() -> QueryParams.language("language", bad)).field());
        }
    }

    @Test
    void readsAPeriodOpenAtEitherEndAndRejectsOneThatEndsBeforeItStarts() {
        assertEquals(new DateRange(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1)),
                QueryParams.dateRange("2027-03-01", "2027-03-01"));
        assertEquals(new DateRange(null, LocalDate.of(2027, 3, 1)), QueryParams.dateRange(null, "2027-03-01"));
        assertEquals(new DateRange(LocalDate.of(2027, 3, 1), null), QueryParams.dateRange("2027-03-01", ""));
        assertEquals("to", problem(() -> QueryParams.dateRange("2027-05-01", "2027-01-01")).field());
        assertEquals("from", problem(() -> QueryParams.dateRange("2027-02-30", "2027-01-01")).field());
    }
}
