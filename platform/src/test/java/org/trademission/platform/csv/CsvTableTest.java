package org.trademission.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.problem.Violation;

class CsvTableTest {
    private static final Set<String> COLUMNS = Set.of("legalName", "inn", "city", "description");
    private static final Set<String> MULTI_LINE = Set.of("description");
    private static final Set<String> REQUIRED = Set.of("legalName");

    private static List<CsvTable.Row> read(String csv) {
        return CsvTable.read(new StringReader(csv), COLUMNS, MULTI_LINE, REQUIRED, 5);
    }

    private static Violation rejection(String csv) {
        ProblemException e = assertThrows(ProblemException.class, () -> read(csv));
        assertEquals(400, e.problem().status());
        return e.problem().violations().get(0);
    }

    @Test
    void readsRowsByTheApisColumnNamesWhateverTheHeadersCaseAndOrder() {
        List<CsvTable.Row> rows = read("""
                CITY, INN ,LegalName
                Москва,7728413567,ООО «ЛазерТех»
                Казань,1655123456,ООО «Кама»
                """);
        assertEquals(2, rows.size());
        assertEquals("ООО «ЛазерТех»", rows.get(0).value("legalName"));
        assertEquals("7728413567", rows.get(0).value("inn"));
        assertEquals("Казань", rows.get(1).value("city"));
    }

    @Test
    void trimsValuesSkipsEmptyLinesAndReadsBlankOrAbsentColumnsAsNull() {
        List<CsvTable.Row> rows = read("legalName,inn,city\n  Atlas  ,   ,\n\n\nKama,1655123456,Казань\n");
        assertEquals(2, rows.size());
        assertEquals("Atlas", rows.get(0).value("legalName"));
        assertNull(rows.get(0).value("inn"));
        assertNull(rows.get(0).value("city"));
        assertNull(rows.get(0).value("description"));
    }

    @Test
    void keepsQuotedCommasQuotesAndLineBreaksOfAMultiLineColumn() {
        List<CsvTable.Row> rows = read(
                "legalName,description\n\"Laser, Engraving \"\"LT\"\"\",\"Line one\nLine two\"\n");
        assertTrue(rows.get(0).readable());
        assertEquals("Laser, Engraving \"LT\"", rows.get(0).value("legalName"));
        assertEquals("Line one\nLine two", rows.get(0).value("description"));
    }

    @Test
    void rejectsALineBreakInASingleLineColumnAsThatRowsViolation() {
        List<CsvTable.Row> rows = read("legalName,city\n\"Two\nlines\",Москва\nKama,Казань\n");
        assertFalse(rows.get(0).readable());
        assertEquals("legalName", rows.get(0).violations().get(0).field());
        assertTrue(rows.get(0).values().isEmpty(), "a rejected row carries no values");
        assertTrue(rows.get(1).readable());
    }

    @Test
    void rejectsControlCharactersInAnyColumn() {
        List<CsvTable.Row> rows = read("legalName,description\nKama,\"be\u0007ll\"\n");
        assertEquals("description", rows.get(0).violations().get(0).field());
        assertTrue(rows.get(0).violations().get(0).message().contains("U+0007"));
    }

    @Test
    void rejectsARowWithMoreValuesThanColumns() {
        List<CsvTable.Row> rows = read("legalName,city\nKama,Казань,extra\n");
        assertEquals(new Violation("row", "has 3 values for 2 columns"), rows.get(0).violations().get(0));
    }

    @Test
    void endsTheFileWithOneRejectedRowAtAQuoteThatIsNeverClosed() {
        List<CsvTable.Row> rows = read("legalName,city\nKama,Казань\n\"Atlas,Casablanca\nLast,Rabat\n");
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).readable());
        assertEquals("row", rows.get(1).violations().get(0).field());
        assertTrue(rows.get(1).violations().get(0).message().contains("never closed"));
    }

    @Test
    void answers400ForAnUnknownColumnNamingTheExpectedOnes() {
        Violation violation = rejection("legalName,fax\nKama,123\n");
        assertEquals("header", violation.field());
        assertTrue(violation.message().contains("unknown column 'fax'"), violation.message());
        assertTrue(violation.message().contains("legalName"), violation.message());
    }

    @Test
    void answers400WhenARequiredColumnIsMissing() {
        assertEquals(new Violation("header", "the column 'legalName' is required"), rejection("inn,city\n1,2\n"));
    }

    @Test
    void answers400ForAColumnNamedTwiceInAnyCaseRatherThanKeepingOneOfItsValues() {
        assertEquals(new Violation("header", "the column 'legalName' appears more than once"),
                rejection("legalName,city,LEGALNAME\nKama,Казань,Atlas\n"));
        assertEquals(new Violation("header", "the column 'inn' appears more than once"),
                rejection("legalName,inn,inn\nKama,1,2\n"));
    }

    @Test
    void answers400ForAnEmptyColumnName() {
        Violation violation = rejection("legalName,,city\nA,B,C\n");
        assertEquals("header", violation.field());
        assertTrue(violation.message().startsWith("the header line cannot be read"), violation.message());
    }

    @Test
    void readsAHeaderWithoutRowsAsNoRows() {
        assertTrue(read("legalName,inn\n").isEmpty());
    }

    @Test
    void answers400AtTheFirstRowBeyondTheLimitWithoutReadingTheRest() {
        StringBuilder csv = new StringBuilder("legalName\n");
        for (int i = 0; i < 5; i++) {
            csv.append("Row ").append(i).append('\n');
        }
        assertEquals(5, read(csv.toString()).size());
        // an unclosed quote after the sixth row would be a rejected row if the reader went on
        assertEquals(new Violation("body", "at most 5 rows per import"), rejection(csv + "Row 5\n\"never closed\n"));
    }
}
