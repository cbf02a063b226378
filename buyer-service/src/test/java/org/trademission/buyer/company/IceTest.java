package org.trademission.buyer.company;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IceTest {

    @ParameterizedTest
    @ValueSource(strings = {"001525432000021", "002843196000090", "001234567000062"})
    void acceptsFifteenDigitsDivisibleBy97(String ice) {
        assertTrue(Ice.Validator.isValid(ice));
    }

    @ParameterizedTest
    @ValueSource(strings = {"001525432000022", "00152543200002", "0015254320000210", "00152543200002A", "",
            "001 525432000021"})
    void refusesWrongControlDigitsLengthOrCharacters(String ice) {
        assertFalse(Ice.Validator.isValid(ice));
    }

    @Test
    void generatedTestIcesAreValid() {
        for (int i = 0; i < 100; i++) {
            assertTrue(Ice.Validator.isValid(Ices.next()));
        }
    }
}
