package org.trademission.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the contract asks of every service besides its own resources: OpenAPI with the bearer scheme, Swagger UI,
 * health (ready only with the database and Kafka), Prometheus metrics, problem+json for unknown paths, and a working
 * example on every JSON request body (Swagger UI offers it as the body to send).
 * Each service runs it with an empty {@code @QuarkusTest} subclass.
 */
public abstract class PlatformEndpointsContract {
    private static final String SCHEMAS = "#/components/schemas/";

    @Test
    void reportsLiveAndReadyWithDatabaseAndKafkaChecks() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Kafka")));
    }

    @Test
    void servesOpenApiWithBearerScheme() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes", hasKey("SecurityScheme"))
                .body("components.securitySchemes.SecurityScheme.scheme", equalTo("bearer"))
                .body("components.schemas", hasKey("Problem"));
    }

    @Test
    void servesTheSameDocumentAsYamlAndJsonOnEveryRequest() {
        // the document is written when asked for (quarkus.smallrye-openapi.always-run-filter), not at start
        String yaml = given().get("/q/openapi").then().statusCode(200).extract().asString();
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertTrue(yaml.startsWith("---") && yaml.contains("application/problem+json"), "YAML, problem answers");
        assertTrue(json.startsWith("{") && json.contains("\"SecurityScheme\""), "JSON with the bearer scheme");
        assertEquals(yaml, given().get("/q/openapi").then().extract().asString());
        assertEquals(json, given().get("/q/openapi?format=json").then().extract().asString());
    }

    @Test
    void documentsTheAnswersToABodyTooLargeOrTurnedAwayOnEveryOperationWithABody() throws Exception {
        JsonNode document = new ObjectMapper().readTree(
                given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> undocumented = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode responses = op.getValue().path("responses");
            if (path.getKey().startsWith("/api/") && op.getValue().has("requestBody")
                    && (!responses.has("413") || !responses.has("503"))) {
                undocumented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        assertEquals(List.of(), undocumented);
    }

    @Test
    void everyJsonRequestBodyCarriesAnExampleThatPassesValidation() throws Exception {
        JsonNode document = new ObjectMapper().readTree(
                given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> withoutExample = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            JsonNode content = op.getValue().path("requestBody").path("content");
            JsonNode mergePatch = content.path("application/merge-patch+json");
            if (!mergePatch.isMissingNode() && mergePatch.path("example").isMissingNode()
                    && schemaExamples(document, mergePatch).isEmpty()) {
                withoutExample.add(where + " (merge patch)");
            }
            JsonNode json = content.path("application/json");
            if (isFreeForm(json)) {
                return; // no JSON body, or a free-form one (merge patches, checked above; imports)
            }
            JsonNode examples = schemaExamples(document, json);
            if (!examples.isArray() || examples.isEmpty()) {
                withoutExample.add(where);
                return;
            }
            // unknown ids in the path: a valid body then gets 404, 409 or 428, an invalid one 400 (validated first)
            String uri = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            Response response = given().auth().oauth2(Tokens.staff()).contentType("application/json")
                    .body(examples.get(0).toString()).request(op.getKey(), uri);
            int status = response.statusCode();
            if (status == 400 || status == 401 || status == 403 || status >= 500) {
                refused.add(where + " -> " + status + " " + response.asString());
            }
        }));
        assertEquals(List.of(), withoutExample, "request bodies Swagger UI would show without an example");
        assertEquals(List.of(), refused, "examples the service does not accept as valid input");
    }

    /** The examples of the component schema a media type refers to; a missing (empty) node when it refers to none. */
    private static JsonNode schemaExamples(JsonNode document, JsonNode mediaType) {
        String ref = mediaType.path("schema").path("$ref").asText("");
        return ref.startsWith(SCHEMAS)
                ? document.path("components").path("schemas").path(ref.substring(SCHEMAS.length())).path("examples")
                : MissingNode.getInstance();
    }

    private static boolean isFreeForm(JsonNode mediaType) {
        String ref = mediaType.path("schema").path("$ref").asText("");
        return !ref.startsWith(SCHEMAS) || ref.equals(SCHEMAS + "JsonNode");
    }

    @Test
    void servesSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void servesPrometheusMetricsWithOutboxGauge() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("outbox_pending"));
    }

    @Test
    void answersUnknownPathWithProblem() {
        given().auth().oauth2(Tokens.staff()).get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }
}
