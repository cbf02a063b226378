package org.trademission.exporter.company;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class ExporterLifecycleTest {

    @Test
    void verifiesThenSuspendsWithReasonAndRejectsRepeatedTransition() {
        String id = Api.newExporter();
        Api.staff().post("/api/v1/exporters/" + id + "/verification").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("version", equalTo(2));
        Api.staff().post("/api/v1/exporters/" + id + "/verification").then().statusCode(409)
                .contentType("application/problem+json");
        Api.staff().body(Map.of("reason", "x".repeat(1001))).post("/api/v1/exporters/" + id + "/suspension").then()
                .statusCode(400).body("violations.field", hasItem("reason"));
        Api.staff().body(Map.of("reason", "Sanctions screening")).post("/api/v1/exporters/" + id + "/suspension")
                .then().statusCode(200).body("status", equalTo("SUSPENDED"))
                .body("statusReason", equalTo("Sanctions screening"));
        Api.staff().body(Map.of("reason", "again")).post("/api/v1/exporters/" + id + "/suspension").then()
                .statusCode(409);
    }

    @Test
    void suspendsWithoutBody() {
        String id = Api.newExporter();
        io.restassured.RestAssured.given().auth().oauth2(Tokens.staff()).post("/api/v1/exporters/" + id
                + "/suspension").then().statusCode(200).body("status", equalTo("SUSPENDED"));
    }

    @Test
    void onlyStaffVerifies() {
        String id = Api.newExporter();
        Api.as(Tokens.exporter(UUID.fromString(id))).post("/api/v1/exporters/" + id + "/verification").then()
                .statusCode(403);
        Api.as(Tokens.crm()).post("/api/v1/exporters/" + id + "/verification").then().statusCode(403);
    }

    @Test
    void recordsWhoChangedWhatInHistory() {
        String id = Api.newExporter(ExporterJson.exporter().with("displayName", "Before").build());
        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("displayName", "After"))
                .patch("/api/v1/exporters/" + id).then().statusCode(200).body("displayName", equalTo("After"))
                .body("version", equalTo(2));
        Api.staff().post("/api/v1/exporters/" + id + "/verification").then().statusCode(200);

        Api.staff().get("/api/v1/exporters/" + id + "/history").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items[0].action", equalTo("ExporterVerified"))
                .body("items[0].actor", equalTo("test-staff"))
                .body("items[0].changes[0].field", equalTo("status"))
                .body("items[0].changes[0].to", equalTo("VERIFIED"))
                .body("items[1].action", equalTo("ExporterUpdated"))
                .body("items[1].changes.field", equalTo(List.of("displayName")))
                .body("items[1].changes[0].from", equalTo("Before"))
                .body("items[2].action", equalTo("ExporterRegistered"));
        Api.as(Tokens.partner()).get("/api/v1/exporters/" + id + "/history").then().statusCode(403);
    }

    @Test
    void sortsTheHistoryAsAskedAndRejectsAFieldItDoesNotHave() {
        String id = Api.newExporter();
        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("city", "Тула"))
                .patch("/api/v1/exporters/" + id).then().statusCode(200);
        Api.staff().post("/api/v1/exporters/" + id + "/verification").then().statusCode(200);
        String history = "/api/v1/exporters/" + id + "/history";
        Api.staff().queryParam("sort", "version").get(history).then().statusCode(200)
                .body("items.version", equalTo(List.of(1, 2, 3)));
        Api.staff().queryParam("sort", "action").queryParam("size", 2).get(history).then().statusCode(200)
                .body("items.action", equalTo(List.of("ExporterRegistered", "ExporterUpdated")))
                .body("total", equalTo(3));
        Api.staff().queryParam("sort", "-at").get(history).then().statusCode(200)
                .body("items.version", equalTo(List.of(3, 2, 1)));
        Api.staff().queryParam("sort", "changes").get(history).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("sort"));
        Api.staff().queryParam("sort", "nope").get("/api/v1/exporters/" + UUID.randomUUID() + "/history").then()
                .statusCode(400);
    }

    @Test
    void letsExporterEditOnlyItsOwnCompany() {
        String own = Api.newExporter();
        String other = Api.newExporter();
        String token = Tokens.exporter(UUID.fromString(own));
        Api.as(token).contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("city", "Казань"))
                .patch("/api/v1/exporters/" + own).then().statusCode(200).body("city", equalTo("Казань"));
        Api.as(token).contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("city", "Казань"))
                .patch("/api/v1/exporters/" + other).then().statusCode(403);
        Api.as(token).get("/api/v1/exporters/" + other).then().statusCode(200);
        Api.as(Tokens.partner()).body(ExporterJson.exporter().build()).put("/api/v1/exporters/" + own).then()
                .statusCode(403);
    }

    @Test
    void roundTripsRussianFrenchAndArabicText() {
        String id = Api.newExporter(ExporterJson.exporter().with("legalName", "ООО «Диагностика-М»")
                .with("displayName", "Diagnostika-M — équipements").with("description", "أجهزة التشخيص الطبي").build());
        Api.staff().get("/api/v1/exporters/" + id).then().statusCode(200)
                .body("legalName", equalTo("ООО «Диагностика-М»"))
                .body("displayName", equalTo("Diagnostika-M — équipements"))
                .body("description", equalTo("أجهزة التشخيص الطبي"));
    }

    @Test
    void rejectsBadContactsPhonesAndLengths() {
        Api.staff().body(ExporterJson.exporter()
                .with("contacts", List.of(Map.of("name", "X", "email", "not-an-email", "phone", "12345")))
                .with("displayName", "x".repeat(201)).with("ogrn", "1027700132196").build())
                .post("/api/v1/exporters").then().statusCode(400)
                .body("violations.field", hasItem("contacts[0].email"))
                .body("violations.field", hasItem("contacts[0].phone"))
                .body("violations.field", hasItem("displayName"))
                .body("violations.field", hasItem("ogrn"));
    }

    @Test
    void storesTheLargestValidListsWithoutError() {
        List<String> certifications = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> i + "-" + "\"".repeat(97)).toList();
        List<Map<String, String>> contacts = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> Map.of("name", "ю".repeat(200), "email", "ivan.petrov@example.org",
                        "phone", "+7 495 123-45-67")).toList();
        Api.staff().body(ExporterJson.exporter().with("certifications", certifications).with("contacts", contacts)
                .with("description", "д".repeat(5000)).build()).post("/api/v1/exporters").then().statusCode(201);
        Api.staff().body(ExporterJson.exporter().with("certifications", java.util.Collections.nCopies(51, "ISO"))
                .build()).post("/api/v1/exporters").then().statusCode(400)
                .body("violations.field", hasItem("certifications"));
    }

    @Test
    void acceptsEntrepreneurInnAndOgrnip() {
        Api.staff().body(ExporterJson.exporter().with("inn", Inns.entrepreneur()).with("ogrn", "304500116000157")
                .build()).post("/api/v1/exporters").then().statusCode(201);
    }

    @Test
    void givesOneOkAndOnePreconditionFailedToTwoUpdatesWithTheSameIfMatch() throws Exception {
        ExporterJson body = ExporterJson.exporter();
        String id = Api.newExporter(body.build());
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Object> one = body.with("displayName", "Renamed one").build();
        Map<String, Object> two = body.with("displayName", "Renamed two").build();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> first = pool.submit(update(id, one, start));
            Future<Integer> second = pool.submit(update(id, two, start));
            start.countDown();
            List<Integer> codes = List.of(first.get(), second.get()).stream().sorted().toList();
            assertEquals(List.of(200, 412), codes);
        } finally {
            pool.shutdownNow();
        }
        Api.staff().get("/api/v1/exporters/" + id).then().body("version", equalTo(2));
    }

    private static Callable<Integer> update(String id, Map<String, Object> body, CountDownLatch start) {
        return () -> {
            start.await();
            Response response = Api.staff().header("If-Match", "\"1\"").body(body).put("/api/v1/exporters/" + id);
            return response.statusCode();
        };
    }
}
