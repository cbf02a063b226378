package org.trademission.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextRuleTest {
    private static String problem(String text, boolean multiLine) {
        return TextRule.problem(text, multiLine).orElseThrow(() -> new AssertionError("no problem found in " + text));
    }

    @Test
    void passesPlainTextInAnyScriptWithRightToLeftMarksAndEmoji() {
        for (String text : new String[] {"ООО «ЛазерТех»", "شركة الأطلس\u200F للتجارة", "Sécurité Portuaire",
            "3D 🖨 Print", "", null}) {
            assertEquals(Optional.empty(), TextRule.problem(text, false), text);
        }
    }

    @Test
    void allowsTabsAndLineBreaksOnlyInMultiLineText() {
        assertEquals(Optional.empty(), TextRule.problem("Line one\r\nLine two\tend", true));
        assertEquals("must be a single line: no tab or line break (character 5)", problem("Line\none", false));
        assertTrue(problem("a\tb", false).contains("character 2"));
    }

    @Test
    void rejectsC0AndC1ControlCharactersEvenInMultiLineText() {
        assertEquals("must not contain control characters (U+0000 at character 3)", problem("ab\u0000", true));
        assertEquals("must not contain control characters (U+007F at character 1)", problem("\u007F", true));
        assertEquals("must not contain control characters (U+0085 at character 2)", problem("a\u0085", true));
    }

    @Test
    void rejectsLoneSurrogatesButNotPairs() {
        assertEquals("must not contain a lone surrogate (U+D83D at character 2)", problem("a\uD83D", true));
        assertEquals("must not contain a lone surrogate (U+DE00 at character 1)", problem("\uDE00b", true));
        assertEquals("must not contain a lone surrogate (U+D83D at character 1)", problem("\uD83Db", false));
        assertEquals(Optional.empty(), TextRule.problem("\uD83D\uDE00", false));
    }

    @Test
    void rejectsBidirectionalOverridesAndIsolatesInSingleLineTextOnly() {
        assertEquals("must not contain bidirectional control characters (U+202E at character 4)",
                problem("abc\u202Edef", false));
        assertTrue(problem("\u2066x\u2069", false).contains("U+2066"));
        assertEquals(Optional.empty(), TextRule.problem("abc\u202Edef", true));
        assertTrue(TextRule.isBidiControl('\u202A') && TextRule.isBidiControl('\u2069'));
        assertTrue(!TextRule.isBidiControl('\u200F') && !TextRule.isBidiControl('\u2065'));
    }
}
