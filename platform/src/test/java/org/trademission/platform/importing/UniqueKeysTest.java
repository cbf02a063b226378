package org.trademission.platform.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UniqueKeysTest {
    private final UniqueKeys keys = new UniqueKeys("crmId", "inn");
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();

    @Test
    void findsARecordByEachOfItsKeys() {
        keys.record(first, "CRM-1", "7719402833");

        assertEquals(Optional.of(first), keys.find("crmId", "CRM-1"));
        assertEquals(Optional.of(first), keys.find("inn", "7719402833"));
        assertEquals(Optional.empty(), keys.find("inn", "CRM-1"));
    }

    @Test
    void freesTheKeysARecordNoLongerHolds() {
        keys.record(first, "CRM-1", "7719402833");
        keys.record(first, "CRM-1", "7734561299");

        assertEquals(Optional.empty(), keys.find("inn", "7719402833"));
        assertEquals(Optional.of(first), keys.find("inn", "7734561299"));
    }

    @Test
    void keepsAKeyThatAnotherRecordTookOverBeforeTheFirstLetItGo() {
        keys.record(first, "CRM-1", "7719402833");
        keys.record(second, "CRM-2", "7719402833");
        keys.record(first, "CRM-1", "7734561299");

        assertEquals(Optional.of(second), keys.find("inn", "7719402833"));
    }

    @Test
    void treatsANullValueAsNoKey() {
        keys.record(first, null, "7719402833");
        keys.record(second, null, "7734561299");

        assertEquals(Optional.empty(), keys.find("crmId", null));
        assertEquals(Optional.of(second), keys.find("inn", "7734561299"));
    }

    @Test
    void refusesAnUnknownKeyOrTheWrongNumberOfValues() {
        assertThrows(IllegalArgumentException.class, () -> keys.find("ogrn", "1177746123455"));
        assertThrows(IllegalArgumentException.class, () -> keys.record(first, "CRM-1"));
    }
}
