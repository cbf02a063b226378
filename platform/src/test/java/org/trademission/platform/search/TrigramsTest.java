package org.trademission.platform.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrigramsTest {

    @Test
    void listsEachRunOfThreeLowerCaseCharactersOnce() {
        assertEquals(List.of("las", "ase", "ser"), List.copyOf(Trigrams.of("LASER")));
        assertEquals(List.of("aaa"), List.copyOf(Trigrams.of("aaaaa")));
        assertEquals(List.of("лаз", "азе", "зер"), List.copyOf(Trigrams.of("Лазер")));
    }

    @Test
    void indexesTheFoldedTextSoThatAccentsDoNotHideAMatch() {
        assertEquals(Trigrams.of("societe generale"), Trigrams.of("Société Générale"));
        assertEquals(List.of("oeu", "euv", "uvr", "vre"), List.copyOf(Trigrams.of("Œuvre")));
    }

    @Test
    void leavesOutRunsAcrossWhiteSpace() {
        assertEquals(List.of("las", "ase", "ser", "cut"), List.copyOf(Trigrams.of("laser  cut\nab")));
        assertEquals(Set.of(), Trigrams.of("3d ab\tcd"));
    }

    @Test
    void hasNoTrigramForATextShorterThanThree() {
        assertEquals(Set.of(), Trigrams.of("3d"));
        assertEquals(Set.of(), Trigrams.of(""));
        assertEquals(Set.of(), Trigrams.of(null));
    }

    @Test
    void neverSplitsACharacterOutsideTheBasicPlane() {
        Set<String> grams = Trigrams.of("a\uD83D\uDE80bc");
        assertEquals(Set.of("a\uD83D\uDE80b", "\uD83D\uDE80bc"), grams);
        grams.forEach(gram -> assertEquals(3, gram.codePointCount(0, gram.length())));
    }

    @Test
    void aTextHoldsEveryTrigramOfEachOfItsSubstrings() {
        SplittableRandom random = new SplittableRandom(12);
        String alphabet = "abcлазер 3-\n";
        for (int run = 0; run < 500; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(1, 40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int from = random.nextInt(text.length());
            String part = text.substring(from, random.nextInt(from, text.length()) + 1);
            assertTrue(Trigrams.of(text.toString()).containsAll(Trigrams.of(part)), text + " / " + part);
        }
    }
}
