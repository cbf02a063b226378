package org.trademission.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FoldedTest {

    @Test
    void lowersTheCaseAndDropsTheAccentsOfLatinLetters() {
        assertEquals("societe generale fes", Folded.of("Société Générale Fès"));
        assertEquals("meknes, tetouan, sale", Folded.of("Meknès, Tétouan, Salé"));
        assertEquals("garcon a noel", Folded.of("GARÇON À NOËL"));
    }

    @Test
    void spellsOutLigaturesAndLettersWithoutADecomposition() {
        assertEquals("oeuvre", Folded.of("Œuvre"));
        assertEquals("strasse", Folded.of("Straße"));
        assertEquals("aero lodz", Folded.of("Ærø Łódź"));
        assertEquals("fi", Folded.of("\uFB01")); // the "fi" ligature, a compatibility character
    }

    @Test
    void keepsCyrillicLettersButFoldsYoToYe() {
        assertEquals("йошкар-ола", Folded.of("Йошкар-Ола"));
        assertEquals("белье", Folded.of("Бельё"));
        assertEquals("ежик", Folded.of("Ёжик"));
    }

    @Test
    void dropsArabicVowelSigns() {
        assertEquals("مغرب", Folded.of("مَغْرِب"));
        assertEquals("الدار البيضاء", Folded.of("الدار البيضاء"));
    }

    @Test
    void leavesMarksThatAreLettersElsewhere() {
        assertEquals("हिन्दी", Folded.of("हिन्दी"));
    }

    @Test
    void isIdempotentAndKeepsNull() {
        for (String text : List.of("Société Générale", "Бельё", "Œuvre", "مَغْرِب", "İstanbul", "a\uD83D\uDE80b")) {
            assertEquals(Folded.of(text), Folded.of(Folded.of(text)), text);
        }
        assertNull(Folded.of(null));
        assertNull(Folded.key(null, 10));
    }

    @Test
    void cutsAKeyToItsColumnWithoutSplittingASurrogatePair() {
        assertEquals("strasse", Folded.key("Straße", 7));
        assertEquals("stras", Folded.key("Straße", 5));
        assertEquals("ab", Folded.key("ab\uD83D\uDE80", 3));
        assertEquals("ab\uD83D\uDE80", Folded.key("ab\uD83D\uDE80", 4));
    }

    @Test
    void ordersAccentedAndLowerCaseNamesAmongTheOthers() {
        List<String> sorted = Stream.of("Zeta", "Électro", "alpha", "Delta", "éclair", "Beta")
                .sorted(Folded.ORDER).toList();
        assertEquals(List.of("alpha", "Beta", "Delta", "éclair", "Électro", "Zeta"), sorted);
    }
}
