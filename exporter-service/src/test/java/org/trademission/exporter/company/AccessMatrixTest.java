package org.trademission.exporter.company;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.exporter.product.ProductJson;
import org.trademission.platform.testing.Tokens;

/** The role × operation table of docs/security.md, row by row. */
@QuarkusTest
class AccessMatrixTest {
    private static final List<String> CALLERS = List.of("staff", "crm", "partner", "buyer", "own", "other", "none");

    /** Expected statuses per caller, in the order of {@link #CALLERS}; the table of docs/security.md. */
    @Test
    void answersEachOperationForEachRoleAsTheTableSays() {
        List<String> mismatches = new ArrayList<>();
        check(mismatches, "GET exporters", (c, id) -> c.get("/api/v1/exporters"),
                200, 200, 200, 200, 200, 200, 401);
        check(mismatches, "GET exporters/{id}", (c, id) -> c.get("/api/v1/exporters/" + id),
                200, 200, 200, 200, 200, 200, 401);
        check(mismatches, "POST exporters", (c, id) -> c.body(ExporterJson.exporter().build()).post("/api/v1/exporters"),
                201, 201, 403, 403, 403, 403, 401);
        check(mismatches, "PUT exporters/{id}", (c, id) -> c.body(ExporterJson.exporter().build())
                .put("/api/v1/exporters/" + id), 200, 403, 403, 403, 200, 403, 401);
        check(mismatches, "PATCH exporters/{id}", (c, id) -> c.contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("city", "Тверь")).patch("/api/v1/exporters/" + id), 200, 403, 403, 403, 200, 403, 401);
        check(mismatches, "PUT exporters/by-crm-id/{crmId}", (c, id) -> c.body(ExporterJson.exporter().build())
                .put("/api/v1/exporters/by-crm-id/CRM-" + UUID.randomUUID()), 201, 201, 403, 403, 403, 403, 401);
        check(mismatches, "POST exporters/{id}/verification", (c, id) -> c.post("/api/v1/exporters/" + id
                + "/verification"), 200, 403, 403, 403, 403, 403, 401);
        check(mismatches, "POST exporters/{id}/suspension", (c, id) -> c.post("/api/v1/exporters/" + id
                + "/suspension"), 200, 403, 403, 403, 403, 403, 401);
        check(mismatches, "GET exporters/{id}/history", (c, id) -> c.get("/api/v1/exporters/" + id + "/history"),
                200, 200, 403, 403, 200, 403, 401);
        check(mismatches, "POST exporters/import", (c, id) -> c.body(List.of()).post("/api/v1/exporters/import"),
                200, 200, 403, 403, 403, 403, 401);
        check(mismatches, "GET exporters/{id}/products", (c, id) -> c.get("/api/v1/exporters/" + id + "/products"),
                200, 200, 200, 200, 200, 200, 401);
        check(mismatches, "POST exporters/{id}/products", (c, id) -> c.body(ProductJson.product().build())
                .post("/api/v1/exporters/" + id + "/products"), 201, 403, 403, 403, 201, 403, 401);
        assertEquals(List.of(), mismatches);
    }

    @Test
    void showsContactsToTheAgencyAndTheCompanyItselfOnly() {
        String id = Api.newExporter();
        UUID own = UUID.fromString(id);
        for (String token : List.of(Tokens.staff(), Tokens.crm(), Tokens.exporter(own))) {
            given().auth().oauth2(token).get("/api/v1/exporters/" + id).then().statusCode(200)
                    .body("contacts", notNullValue());
        }
        for (String token : List.of(Tokens.partner(), Tokens.buyer(UUID.randomUUID()),
                Tokens.exporter(UUID.randomUUID()))) {
            given().auth().oauth2(token).get("/api/v1/exporters/" + id).then().statusCode(200)
                    .body("contacts", nullValue());
            given().auth().oauth2(token).queryParam("size", 200).get("/api/v1/exporters").then().statusCode(200)
                    .body("items.find { it.id == '" + id + "' }.contacts", nullValue());
        }
    }

    @Test
    void hidesSuspendedExportersFromEveryoneButTheAgencyAndItself() {
        String id = Api.newExporter();
        Api.staff().post("/api/v1/exporters/" + id + "/suspension").then().statusCode(200);
        for (String token : List.of(Tokens.staff(), Tokens.crm(), Tokens.exporter(UUID.fromString(id)))) {
            given().auth().oauth2(token).get("/api/v1/exporters/" + id).then().statusCode(200);
            given().auth().oauth2(token).queryParam("size", 200).queryParam("status", "SUSPENDED")
                    .get("/api/v1/exporters").then().body("items.id", hasItem(id));
        }
        for (String token : List.of(Tokens.partner(), Tokens.buyer(UUID.randomUUID()),
                Tokens.exporter(UUID.randomUUID()))) {
            given().auth().oauth2(token).get("/api/v1/exporters/" + id).then().statusCode(404);
            given().auth().oauth2(token).get("/api/v1/exporters/" + id + "/products").then().statusCode(404);
            given().auth().oauth2(token).queryParam("size", 200).queryParam("status", "SUSPENDED")
                    .get("/api/v1/exporters").then().body("items.id", not(hasItem(id)));
        }
    }

    @Test
    void suspendedExporterReadsItsRecordButChangesNothing() {
        String id = Api.newExporter();
        String productId = Api.staff().body(ProductJson.product().build()).post("/api/v1/exporters/" + id
                + "/products").then().statusCode(201).extract().path("id");
        Api.staff().post("/api/v1/exporters/" + id + "/suspension").then().statusCode(200);
        RequestSpecification self = Api.as(Tokens.exporter(UUID.fromString(id)));

        self.get("/api/v1/exporters/" + id).then().statusCode(200).body("status", equalTo("SUSPENDED"));
        Api.as(Tokens.exporter(UUID.fromString(id))).contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("city", "Тверь")).patch("/api/v1/exporters/" + id).then().statusCode(403)
                .body("detail", containsString("suspended"));
        Api.as(Tokens.exporter(UUID.fromString(id))).body(ProductJson.product().build())
                .post("/api/v1/exporters/" + id + "/products").then().statusCode(403)
                .body("detail", containsString("suspended"));
        Api.as(Tokens.exporter(UUID.fromString(id))).delete("/api/v1/exporters/" + id + "/products/" + productId)
                .then().statusCode(403).body("detail", containsString("suspended"));
        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("city", "Тверь"))
                .patch("/api/v1/exporters/" + id).then().statusCode(200);
    }

    @Test
    void onlyTheAgencyWritesCrmId() {
        String id = Api.newExporter();
        UUID own = UUID.fromString(id);
        String squatted = "CRM-SQUAT-" + UUID.randomUUID();
        Api.as(Tokens.exporter(own)).contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("crmId", squatted))
                .patch("/api/v1/exporters/" + id).then().statusCode(403).body("detail", containsString("crmId"));
        Api.as(Tokens.exporter(own)).body(ExporterJson.exporter().with("crmId", squatted).build())
                .put("/api/v1/exporters/" + id).then().statusCode(403);

        // the CRM's next upsert with that id creates its own exporter instead of taking over this one
        Map<String, Object> crmExporter = ExporterJson.exporter().build();
        String created = Api.as(Tokens.crm()).body(crmExporter).put("/api/v1/exporters/by-crm-id/" + squatted)
                .then().statusCode(201).extract().path("id");
        assertEquals(false, created.equals(id));

        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("crmId", "CRM-STAFF-" + own))
                .patch("/api/v1/exporters/" + id).then().statusCode(200);
        // the company may send its record back as it reads it, crmId included, and keeps it when it leaves it out
        Map<String, Object> body = ExporterJson.exporter().build();
        body.put("inn", Api.staff().get("/api/v1/exporters/" + id).then().extract().path("inn"));
        Api.as(Tokens.exporter(own)).body(body).put("/api/v1/exporters/" + id).then().statusCode(200)
                .body("crmId", equalTo("CRM-STAFF-" + own));
    }

    @Test
    void aTokenWithSeveralGroupsHasTheUnionOfTheirRights() {
        String id = Api.newExporter();
        String partnerAndExporter = Tokens.groups(Set.of("partner", "exporter"), Map.of("exporter_id", id));
        given().auth().oauth2(partnerAndExporter).contentType(ContentType.JSON).get("/api/v1/exporters/" + id)
                .then().statusCode(200).body("contacts", notNullValue());
        given().auth().oauth2(partnerAndExporter).contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("city", "Тверь")).patch("/api/v1/exporters/" + id).then().statusCode(200);
        String partnerAndCrm = Tokens.groups(Set.of("partner", "crm"), Map.of());
        given().auth().oauth2(partnerAndCrm).contentType(ContentType.JSON).body(List.of())
                .post("/api/v1/exporters/import").then().statusCode(200);
    }

    private interface Call {
        io.restassured.response.Response run(RequestSpecification caller, String exporterId);
    }

    private static void check(List<String> mismatches, String operation, Call call, int... expected) {
        for (int i = 0; i < CALLERS.size(); i++) {
            String exporterId = Api.newExporter();
            int status = call.run(caller(CALLERS.get(i), exporterId), exporterId).statusCode();
            if (status != expected[i]) {
                mismatches.add(operation + " as " + CALLERS.get(i) + ": " + status + ", expected " + expected[i]);
            }
        }
    }

    private static RequestSpecification caller(String who, String exporterId) {
        Map<String, String> tokens = new LinkedHashMap<>();
        return switch (who) {
            case "staff" -> Api.as(Tokens.staff());
            case "crm" -> Api.as(Tokens.crm());
            case "partner" -> Api.as(Tokens.partner());
            case "buyer" -> Api.as(Tokens.buyer(UUID.randomUUID()));
            case "own" -> Api.as(Tokens.exporter(UUID.fromString(exporterId)));
            case "other" -> Api.as(Tokens.exporter(UUID.randomUUID()));
            default -> given().contentType(ContentType.JSON);
        };
    }
}
