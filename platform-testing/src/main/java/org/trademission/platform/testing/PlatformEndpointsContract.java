package org.trademission.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What the contract asks of every service besides its own resources: OpenAPI with the bearer scheme, Swagger UI,
 * health (ready only with the database and Kafka), Prometheus metrics, and problem+json for unknown paths.
 * Each service runs it with an empty {@code @QuarkusTest} subclass.
 */
public abstract class PlatformEndpointsContract {

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
        assertTrue(yaml.startsWith("---") && yaml.contains("application/problem+json"),
                "YAML with the problem answers");
        assertTrue(json.startsWith("{") && json.contains("\"SecurityScheme\""),
                "JSON with the bearer scheme");
        assertEquals(yaml, given().get("/q/openapi").then().extract().asString());
        assertEquals(json,
                given().get("/q/openapi?format=json").then().extract().asString());
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
