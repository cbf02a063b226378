package org.trademission.exporter.company;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RussianTaxIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"7707083893", "7736050003", "500100732259"})
    void acceptsInnWithCorrectCheckDigits(String inn) {
        assertTrue(RussianTaxIds.isValidInn(inn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7707083894", "500100732258", "500100732269", "770708389", "77070838931", "77070838a3",
            "", "1234567890123"})
    void rejectsInnWithWrongCheckDigitOrLength(String inn) {
        assertFalse(RussianTaxIds.isValidInn(inn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1027700132195", "304500116000157"})
    void acceptsOgrnAndOgrnipWithCorrectCheckDigit(String ogrn) {
        assertTrue(RussianTaxIds.isValidOgrn(ogrn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1027700132196", "304500116000158", "102770013219", "10277001321951", "1O27700132195"})
    void rejectsOgrnWithWrongCheckDigitOrLength(String ogrn) {
        assertFalse(RussianTaxIds.isValidOgrn(ogrn));
    }

    @org.junit.jupiter.api.Test
    void generatedTestIdentifiersAreValid() {
        for (int i = 0; i < 200; i++) {
            assertTrue(RussianTaxIds.isValidInn(Inns.company()));
            assertTrue(RussianTaxIds.isValidInn(Inns.entrepreneur()));
            assertTrue(RussianTaxIds.isValidOgrn(Inns.ogrn()));
        }
    }
}
