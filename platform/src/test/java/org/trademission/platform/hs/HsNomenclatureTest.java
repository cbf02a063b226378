package org.trademission.platform.hs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HsNomenclatureTest {

    @Test
    void listsNinetySixChaptersWithoutReservedSeventySeven() {
        assertEquals(96, HsNomenclature.chapters().size());
        assertTrue(HsNomenclature.chapters().stream().noneMatch(c -> c.code().equals("77")));
        assertEquals("Plastics and articles thereof", HsNomenclature.chapter("3901").orElseThrow().title());
    }

    @ParameterizedTest
    @ValueSource(strings = {"845611", "8456110000", "390110", "9018190", "010121"})
    void acceptsProductCodesInRealChapters(String code) {
        assertTrue(HsNomenclature.isProductCode(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"77", "770000", "000000", "980000", "99123456", "84561", "84561100001", "8456AB", ""})
    void rejectsReservedUnknownShortLongOrNonDigitCodes(String code) {
        assertFalse(HsNomenclature.isProductCode(code));
    }

    @Test
    void acceptsPrefixesFromTwoDigits() {
        assertTrue(HsNomenclature.isPrefix("84"));
        assertFalse(HsNomenclature.isPrefix("8"));
        assertFalse(HsNomenclature.isPrefix("77"));
    }
}
