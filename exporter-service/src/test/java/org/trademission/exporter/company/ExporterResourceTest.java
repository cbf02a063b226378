package org.trademission.exporter.company;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class ExporterResourceTest {

    static ValidatableResponse create(ExporterJson body) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body.build())
                .post("/api/v1/exporters").then();
    }

    static String createdId(ExporterJson body) {
        return create(body).statusCode(201).extract().path("id");
    }

    @Test
    void registersExporterPendingVerificationWithVersionOne() {
        create(ExporterJson.exporter())
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("id", notNullValue())
                .body("status", equalTo("PENDING_VERIFICATION"))
                .body("version", equalTo(1))
                .body("legalName", equalTo("ООО «Лазерные Системы»"))
                .body("contacts[0].name", equalTo("Александра Семёнова"));
    }

    @Test
    void listsExportersForStaff() {
        createdId(ExporterJson.exporter());
        given().auth().oauth2(Tokens.staff()).get("/api/v1/exporters?page=0&size=5")
                .then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(5)).body("total", notNullValue());
    }

    @Test
    void rejectsListWithoutToken() {
        given().get("/api/v1/exporters").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
    }

    @Test
    void rejectsForgedToken() {
        given().auth().oauth2(Tokens.forged("staff")).get("/api/v1/exporters").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void rejectsExpiredToken() {
        given().auth().oauth2(Tokens.expired("staff")).get("/api/v1/exporters").then().statusCode(401);
    }

    @Test
    void forbidsPartnerFromRegistering() {
        given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON).body(ExporterJson.exporter().build())
                .post("/api/v1/exporters").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void answersMalformedJsonWithProblem() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"legalName\": ")
                .post("/api/v1/exporters").then().statusCode(400)
                .contentType("application/problem+json").body("title", notNullValue()).body("status", equalTo(400));
    }

    @Test
    void answersUnknownIdWithProblem() {
        given().auth().oauth2(Tokens.staff()).get("/api/v1/exporters/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void answersBadIfMatchWithPreconditionFailed() {
        String id = createdId(ExporterJson.exporter());
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(ExporterJson.exporter().build()).put("/api/v1/exporters/" + id).then().statusCode(412)
                .contentType("application/problem+json").body("status", equalTo(412));
    }

    @Test
    void storesLanguageCodesInLowerCaseWhateverCaseTheyCameIn() {
        String id = createdId(ExporterJson.exporter().with("languages", java.util.List.of("RU", "En", "ru")));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/exporters/" + id).then().statusCode(200)
                .body("languages", equalTo(java.util.List.of("ru", "en")));
    }

    @Test
    void namesEachInvalidFieldInViolations() {
        create(ExporterJson.exporter().with("inn", "7707083894").with("website", "ftp://x").without("legalName")
                .with("languages", java.util.List.of("xx")))
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("inn"))
                .body("violations.field", hasItem("website"))
                .body("violations.field", hasItem("legalName"))
                .body("violations.field", hasItem("languages[0]"));
    }

    @Test
    void rejectsDuplicateInnWithConflict() {
        ExporterJson body = ExporterJson.exporter();
        createdId(body);
        create(ExporterJson.exporter().with("inn", body.inn())).statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void replaysSameIdempotencyKeyAndRejectsOtherBody() {
        String key = UUID.randomUUID().toString();
        ExporterJson body = ExporterJson.exporter();
        String first = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body.build()).post("/api/v1/exporters")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body.build()).post("/api/v1/exporters")
                .then().statusCode(201).body("id", equalTo(first));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .header("Idempotency-Key", key).body(body.with("displayName", "Other").build())
                .post("/api/v1/exporters")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void hidesContactsFromPartner() {
        String id = createdId(ExporterJson.exporter());
        given().auth().oauth2(Tokens.partner()).get("/api/v1/exporters/" + id).then().statusCode(200)
                .body("contacts", nullValue());
    }
}
