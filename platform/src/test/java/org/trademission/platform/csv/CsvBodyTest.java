package org.trademission.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.problem.Violation;

class CsvBodyTest {
    private static final String TEXT = "legalName,city\nООО «ЛазерТех»,Москва\n";

    private static Violation problem(byte[] body, String charset) {
        ProblemException e = assertThrows(ProblemException.class, () -> CsvBody.decode(body, charset));
        assertEquals(400, e.problem().status());
        return e.problem().violations().get(0);
    }

    @Test
    void readsUtf8WhenNoCharsetIsDeclared() {
        assertEquals(TEXT, CsvBody.decode(TEXT.getBytes(StandardCharsets.UTF_8), null));
        assertEquals(TEXT, CsvBody.decode(TEXT.getBytes(StandardCharsets.UTF_8), " "));
    }

    @Test
    void dropsTheUtf8ByteOrderMark() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertEquals(TEXT, CsvBody.decode(withBom, null));
        assertEquals(TEXT, CsvBody.decode(withBom, "UTF-8"));
    }

    @Test
    void readsTheDeclaredCharsetQuotedOrNot() {
        byte[] cp1251 = TEXT.getBytes(Charset.forName("windows-1251"));
        assertEquals(TEXT, CsvBody.decode(cp1251, "windows-1251"));
        assertEquals(TEXT, CsvBody.decode(cp1251, "\"windows-1251\""));
        String arabic = "legalName\nشركة الأطلس\n";
        assertEquals(arabic, CsvBody.decode(arabic.getBytes(Charset.forName("windows-1256")), "windows-1256"));
    }

    @Test
    void answers400NamingTheLineWhenTheBytesAreNotUtf8AndHintsAtTheCharset() {
        byte[] cp1251 = TEXT.getBytes(Charset.forName("windows-1251"));
        Violation violation = problem(cp1251, null);
        assertEquals("body", violation.field());
        assertTrue(violation.message().startsWith("line 2 (row 1 after the header) is not valid UTF-8"),
                violation.message());
        assertTrue(violation.message().contains("charset=windows-1251"), violation.message());
    }

    @Test
    void leavesOutTheHintWhenTheClientDeclaredTheCharsetItGotWrong() {
        byte[] cp1251 = TEXT.getBytes(Charset.forName("windows-1251"));
        Violation violation = problem(cp1251, "UTF-8");
        assertTrue(violation.message().endsWith("at byte 16"), violation.message());
    }

    @Test
    void answers400ForAnUnknownCharset() {
        Violation violation = problem(TEXT.getBytes(StandardCharsets.UTF_8), "klingon-8");
        assertEquals("Content-Type", violation.field());
        assertTrue(violation.message().contains("'klingon-8' is not supported"), violation.message());
    }
}
