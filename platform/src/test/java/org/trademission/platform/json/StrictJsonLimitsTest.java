package org.trademission.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trademission.platform.problem.JsonProblems;
import org.trademission.platform.problem.Problem;
import org.trademission.platform.problem.Violation;

class StrictJsonLimitsTest {
    private static final ObjectMapper MAPPER = StrictJson.configure(new ObjectMapper());

    record Item(String name) {
    }

    record Order(String ref, List<Item> items) {
    }

    private static String items(int count) {
        return "{\"ref\": \"A-1\", \"items\": [" + String.join(",", Collections.nCopies(count, "{}")) + "]}";
    }

    @Test
    void readsACollectionOfUpToTenThousandElements() throws Exception {
        assertEquals(BoundedCollections.MAX_ELEMENTS, MAPPER.readValue(items(10_000), Order.class).items().size());
    }

    @Test
    void refusesALargerCollectionNamingItsField() {
        JacksonException e = assertThrows(JacksonException.class, () -> MAPPER.readValue(items(10_001), Order.class));
        assertEquals(new Violation("items", "must have at most 10000 elements"), JsonProblems.violation(e, null));
    }

    @Test
    void refusesADocumentOfMoreThanTwoMillionTokensAsAMalformedBody() {
        String rows = "[" + String.join(",", Collections.nCopies(1_000_000, "{}")) + "]"; // 2,000,002 tokens
        JacksonException e = assertThrows(JacksonException.class, () -> MAPPER.readTree(rows));
        Problem problem = JsonProblems.problem(e);
        assertEquals(400, problem.status());
        assertTrue(problem.detail().startsWith("The body exceeds a limit of this API's JSON reader: Token count"),
                problem.detail());
        assertTrue(!problem.detail().contains("StreamReadConstraints"), "no Java names: " + problem.detail());
    }

    @Test
    void leavesATreeOfAnySizeUnderTheTokenLimitWhole() throws Exception {
        String rows = "[" + String.join(",", Collections.nCopies(999_999, "{}")) + "]";
        assertEquals(999_999, MAPPER.readTree(rows).size());
    }
}
