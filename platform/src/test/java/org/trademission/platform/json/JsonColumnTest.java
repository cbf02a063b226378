package org.trademission.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonColumnTest {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Integer>>> COUNTS = new TypeReference<>() {
    };

    @Test
    void readsEachGenericTypeAsItselfThroughTheCachedReaders() {
        for (int round = 0; round < 2; round++) { // the second round reads through the cached readers
            assertEquals(List.of("ISO 9001", "ГОСТ Р"), JsonColumn.read("[\"ISO 9001\",\"ГОСТ Р\"]", STRINGS));
            assertEquals(List.of(Map.of("tables", 7)), JsonColumn.read("[{\"tables\":7}]", COUNTS));
        }
    }

    @Test
    void readsWhatItWrote() {
        List<Map<String, Integer>> value = List.of(Map.of("slots", 14), Map.of("days", 2));
        assertEquals(value, JsonColumn.read(JsonColumn.write(value), COUNTS));
        assertEquals(List.of(), JsonColumn.read("[]", STRINGS));
    }

    @Test
    void rejectsStoredTextThatIsNotJsonOfTheType() {
        assertThrows(IllegalStateException.class, () -> JsonColumn.read("[{\"tables\":\"seven\"}]", COUNTS));
        assertThrows(IllegalStateException.class, () -> JsonColumn.read("not json", STRINGS));
    }
}
