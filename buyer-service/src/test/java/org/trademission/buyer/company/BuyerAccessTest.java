package org.trademission.buyer.company;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.buyer.interest.InterestJson;
import org.trademission.platform.testing.Tokens;

/** The buyer rows of the role × operation table of docs/security.md. */
@QuarkusTest
class BuyerAccessTest {
    private static final List<String> CALLERS = List.of("staff", "crm", "partner", "exporter", "own", "other", "none");

    @Test
    void answersEachOperationForEachRoleAsTheTableSays() {
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET buyers", (c, id) -> c.get("/api/v1/buyers"), 200, 200, 200, 403, 200, 200, 401);
        check(mismatches, "GET buyers/{id}", (c, id) -> c.get("/api/v1/buyers/" + id),
                200, 200, 200, 403, 200, 200, 401);
        check(mismatches, "POST buyers", (c, id) -> c.body(BuyerJson.buyer().build()).post("/api/v1/buyers"),
                201, 201, 403, 403, 403, 403, 401);
        check(mismatches, "PUT buyers/{id}", (c, id) -> c.body(BuyerJson.buyer().build()).put("/api/v1/buyers/" + id),
                200, 403, 403, 403, 200, 403, 401);
        check(mismatches, "PATCH buyers/{id}", (c, id) -> c.contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("city", "Tanger")).patch("/api/v1/buyers/" + id), 200, 403, 403, 403, 200, 403, 401);
        check(mismatches, "PUT buyers/by-crm-id/{crmId}", (c, id) -> c.body(BuyerJson.buyer().build())
                .put("/api/v1/buyers/by-crm-id/CRM-B-" + UUID.randomUUID()), 201, 201, 403, 403, 403, 403, 401);
        check(mismatches, "POST buyers/{id}/programme-enrolment", (c, id) -> c.post("/api/v1/buyers/" + id
                + "/programme-enrolment"), 200, 403, 403, 403, 403, 403, 401);
        check(mismatches, "GET buyers/{id}/history", (c, id) -> c.get("/api/v1/buyers/" + id + "/history"),
                200, 200, 403, 403, 200, 403, 401);
        check(mismatches, "POST buyers/import", (c, id) -> c.body(List.of()).post("/api/v1/buyers/import"),
                200, 200, 403, 403, 403, 403, 401);
        check(mismatches, "POST buyers/{id}/interests", (c, id) -> c.body(InterestJson.interest().build())
                .post("/api/v1/buyers/" + id + "/interests"), 201, 403, 403, 403, 201, 403, 401);
        check(mismatches, "GET interests", (c, id) -> c.get("/api/v1/interests"), 200, 200, 200, 403, 403, 403, 401);
        assertEquals(List.of(), mismatches);
    }

    @Test
    void showsContactsToTheAgencyAndTheBuyerItselfOnly() {
        String id = Api.newBuyer();
        for (String token : List.of(Tokens.staff(), Tokens.crm(), Tokens.buyer(UUID.fromString(id)))) {
            given().auth().oauth2(token).get("/api/v1/buyers/" + id).then().statusCode(200)
                    .body("contacts", notNullValue());
        }
        for (String token : List.of(Tokens.partner(), Tokens.buyer(UUID.randomUUID()))) {
            given().auth().oauth2(token).get("/api/v1/buyers/" + id).then().statusCode(200)
                    .body("contacts", nullValue());
        }
    }

    @Test
    void onlyTheAgencyWritesCrmId() {
        String id = Api.newBuyer();
        Api.as(Tokens.buyer(UUID.fromString(id))).contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("crmId", "CRM-SQUAT-" + id)).patch("/api/v1/buyers/" + id).then().statusCode(403)
                .body("detail", containsString("crmId"));
    }

    @Test
    void aTokenWithSeveralGroupsHasTheUnionOfTheirRights() {
        String id = Api.newBuyer();
        String exporterAndBuyer = Tokens.groups(Set.of("exporter", "buyer"), Map.of("buyer_id", id,
                "exporter_id", UUID.randomUUID().toString()));
        given().auth().oauth2(exporterAndBuyer).get("/api/v1/buyers/" + id).then().statusCode(200)
                .body("contacts", notNullValue());
        given().auth().oauth2(exporterAndBuyer).contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("city", "Tanger")).patch("/api/v1/buyers/" + id).then().statusCode(200)
                .body("city", equalTo("Tanger"));
    }

    private interface Call {
        io.restassured.response.Response run(RequestSpecification caller, String buyerId);
    }

    private static void check(List<String> mismatches, String operation, Call call, int... expected) {
        for (int i = 0; i < CALLERS.size(); i++) {
            String buyerId = Api.newBuyer();
            int status = call.run(caller(CALLERS.get(i), buyerId), buyerId).statusCode();
            if (status != expected[i]) {
                mismatches.add(operation + " as " + CALLERS.get(i) + ": " + status + ", expected " + expected[i]);
            }
        }
    }

    private static RequestSpecification caller(String who, String buyerId) {
        return switch (who) {
            case "staff" -> Api.as(Tokens.staff());
            case "crm" -> Api.as(Tokens.crm());
            case "partner" -> Api.as(Tokens.partner());
            case "exporter" -> Api.as(Tokens.exporter(UUID.randomUUID()));
            case "own" -> Api.as(Tokens.buyer(UUID.fromString(buyerId)));
            case "other" -> Api.as(Tokens.buyer(UUID.randomUUID()));
            default -> given().contentType(ContentType.JSON);
        };
    }
}
