package org.trademission.platform.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.trademission.platform.web.MergePatch;

/**
 * The service's OpenAPI document as Swagger UI reads it, for tests that send its examples as they are ("Try it out").
 */
public final class ApiDocument {
    /**
     * The media type of a merge patch as a test sends it: rest-assured would encode a type it does not know as
     * ISO-8859-1, while Swagger UI and every JSON client send UTF-8.
     */
    public static final String MERGE_PATCH = MergePatch.MEDIA_TYPE + "; charset=UTF-8";

    private final JsonNode document;

    private ApiDocument(JsonNode document) {
        this.document = document;
    }

    /** Reads {@code /q/openapi} of the service under test. */
    public static ApiDocument read() {
        try {
            return new ApiDocument(new ObjectMapper().readTree(
                    given().get("/q/openapi?format=json").then().statusCode(200).extract().asString()));
        } catch (JsonProcessingException e) {
            throw new AssertionError("/q/openapi is not JSON", e);
        }
    }

    /** A copy of the first example of the schema {@code name}, to change a unique field of before sending it. */
    public ObjectNode schemaExample(String name) {
        JsonNode example = document.at("/components/schemas/" + name + "/examples/0");
        if (!example.isObject()) {
            throw new AssertionError("The schema " + name + " has no example object");
        }
        return example.deepCopy();
    }

    /** A copy of the merge-patch body's example of {@code PATCH path}, spelt as the document does: {@code /x/{id}}. */
    public ObjectNode mergePatchExample(String path) {
        JsonNode example = requestBodyExample("patch", path, MergePatch.MEDIA_TYPE);
        if (!example.isObject()) {
            throw new AssertionError("PATCH " + path + " has no merge-patch example");
        }
        return example.deepCopy();
    }

    /** The example of the request body of {@code method path} in {@code mediaType}: JSON, or text for a CSV body. */
    public String requestBodyText(String method, String path, String mediaType) {
        JsonNode example = requestBodyExample(method, path, mediaType);
        if (example.isMissingNode()) {
            throw new AssertionError(method.toUpperCase() + " " + path + " has no example of " + mediaType);
        }
        return example.isTextual() ? example.asText() : example.toString();
    }

    private JsonNode requestBodyExample(String method, String path, String mediaType) {
        return document.at("/paths/" + pointer(path) + "/" + method + "/requestBody/content/" + pointer(mediaType)
                + "/example");
    }

    private static String pointer(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
