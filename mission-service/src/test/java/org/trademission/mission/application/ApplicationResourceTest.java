package org.trademission.mission.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.trademission.mission.mission.Api;
import org.trademission.mission.mission.MissionJson;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class ApplicationResourceTest {

    @Test
    void aVerifiedExporterAppliesForItselfOnce() {
        String mission = Api.openMission();
        UUID exporter = Api.verifiedExporter();
        Api.as(Tokens.exporter(exporter)).body(Map.of("exporterId", exporter.toString(), "motivation",
                "Graveurs laser pour l'industrie")).post("/api/v1/missions/" + mission + "/applications").then()
                .statusCode(201).body("status", equalTo("SUBMITTED")).body("exporterId", equalTo(exporter.toString()));
        Api.as(Tokens.exporter(exporter)).body(Map.of("exporterId", exporter.toString()))
                .post("/api/v1/missions/" + mission + "/applications").then().statusCode(409)
                .body("detail", containsString("already applied"));
    }

    @Test
    void refusesAnExporterApplyingForAnother() {
        String mission = Api.openMission();
        UUID exporter = Api.verifiedExporter();
        Api.as(Tokens.exporter(UUID.randomUUID())).body(Map.of("exporterId", exporter.toString()))
                .post("/api/v1/missions/" + mission + "/applications").then().statusCode(403);
        Api.as(Tokens.partner()).body(Map.of("exporterId", exporter.toString()))
                .post("/api/v1/missions/" + mission + "/applications").then().statusCode(403);
    }

    @Test
    void refusesUnknownAndUnverifiedExportersWith422() {
        String mission = Api.openMission();
        Api.staff().body(Map.of("exporterId", UUID.randomUUID().toString()))
                .post("/api/v1/missions/" + mission + "/applications").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("not known"));
        UUID pending = Api.exporter("PENDING_VERIFICATION");
        Api.staff().body(Map.of("exporterId", pending.toString())).post("/api/v1/missions/" + mission
                + "/applications").then().statusCode(422).body("detail", containsString("VERIFIED"));
    }

    @Test
    void takesApplicationsOnlyWhileOpenAndBeforeTheDeadline() {
        UUID exporter = Api.verifiedExporter();
        String draft = Api.newMission();
        Api.staff().body(Map.of("exporterId", exporter.toString())).post("/api/v1/missions/" + draft
                + "/applications").then().statusCode(409).body("detail", containsString("DRAFT"));
        // a deadline of yesterday in the mission's zone: create with a future deadline, then move it back
        String late = Api.openMission();
        String yesterday = LocalDate.now(java.time.ZoneId.of("Pacific/Kiritimati")).minusDays(2).toString();
        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("applicationDeadline", yesterday,
                "timezone", "Pacific/Kiritimati")).patch("/api/v1/missions/" + late).then().statusCode(200);
        Api.staff().body(Map.of("exporterId", exporter.toString())).post("/api/v1/missions/" + late
                + "/applications").then().statusCode(409).body("detail", containsString("deadline"));
    }

    @Test
    void acceptsUpToCapacityAndWaitlistsInOrder() {
        String mission = Api.openMission(MissionJson.mission().with("exporterCapacity", 1).build());
        String first = Api.apply(mission, Api.verifiedExporter());
        String second = Api.apply(mission, Api.verifiedExporter());
        String third = Api.apply(mission, Api.verifiedExporter());
        Api.decide(mission, first, "ACCEPTED");
        Api.staff().body(Map.of("status", "ACCEPTED")).post("/api/v1/missions/" + mission + "/applications/"
                + second + "/decision").then().statusCode(409).body("detail", containsString("full"));
        Api.staff().body(Map.of("status", "WAITLISTED", "note", "Liste d'attente")).post("/api/v1/missions/"
                + mission + "/applications/" + third + "/decision").then().statusCode(200)
                .body("waitlistPosition", equalTo(1)).body("note", equalTo("Liste d'attente"));
        Api.decide(mission, second, "WAITLISTED");
        Api.staff().queryParam("status", "WAITLISTED").get("/api/v1/missions/" + mission + "/applications").then()
                .body("items.id", equalTo(List.of(third, second))).body("items.waitlistPosition",
                        equalTo(List.of(1, 2)));

        Api.staff().post("/api/v1/missions/" + mission + "/applications/" + first + "/withdrawal").then()
                .statusCode(200).body("status", equalTo("WITHDRAWN"));
        Api.decide(mission, third, "ACCEPTED");
        Api.staff().queryParam("status", "ACCEPTED").get("/api/v1/missions/" + mission + "/applications").then()
                .body("items.id", equalTo(List.of(third)));
        Api.staff().get("/api/v1/missions/" + mission + "/applications/" + second).then()
                .body("waitlistPosition", equalTo(1));
    }

    @Test
    void listsApplicationsInTheOrderSubmittedOrByTheRequestedFields() {
        String mission = Api.openMission(MissionJson.mission().with("exporterCapacity", 1).build());
        String first = Api.apply(mission, Api.verifiedExporter());
        String second = Api.apply(mission, Api.verifiedExporter());
        String third = Api.apply(mission, Api.verifiedExporter());
        Api.decide(mission, second, "WAITLISTED");
        Api.decide(mission, third, "ACCEPTED");
        String applications = "/api/v1/missions/" + mission + "/applications";
        Api.staff().get(applications).then().body("items.id", equalTo(List.of(first, second, third)));
        Api.staff().queryParam("sort", "-createdAt").get(applications).then()
                .body("items.id", equalTo(List.of(third, second, first)));
        Api.staff().queryParam("sort", "status").get(applications).then() // ACCEPTED, SUBMITTED, WAITLISTED
                .body("items.id", equalTo(List.of(third, first, second)));
        Api.staff().queryParam("sort", "decidedAt").queryParam("size", 2).get(applications).then()
                .body("items.id", equalTo(List.of(second, third))).body("total", equalTo(3));
        Api.staff().queryParam("sort", "motivation").get(applications).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("sort"));
    }

    @Test
    void exactlyOneOfTwoStaffAcceptingTheLastPlaceAtOnceWins() throws Exception {
        String mission = Api.openMission(MissionJson.mission().with("exporterCapacity", 1).build());
        List<String> applications = List.of(Api.apply(mission, Api.verifiedExporter()),
                Api.apply(mission, Api.verifiedExporter()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (String application : applications) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Api.staff().body(Map.of("status", "ACCEPTED")).post("/api/v1/missions/" + mission
                            + "/applications/" + application + "/decision");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        Api.staff().get("/api/v1/missions/" + mission).then().body("acceptedExporters", equalTo(1))
                .body("placesLeft", equalTo(0));
    }

    @Test
    void flagsTheApplicationOfASuspendedExporterAndRefusesToAcceptIt() {
        String mission = Api.openMission();
        UUID exporter = Api.verifiedExporter();
        String application = Api.apply(mission, exporter);
        Api.exporterBecomes(exporter, 2, "SUSPENDED");
        Api.staff().get("/api/v1/missions/" + mission + "/applications/" + application).then()
                .body("exporterSuspended", equalTo(true));
        Api.staff().body(Map.of("status", "ACCEPTED")).post("/api/v1/missions/" + mission + "/applications/"
                + application + "/decision").then().statusCode(409).body("detail", containsString("suspended"));
        Api.staff().body(Map.of("status", "REJECTED", "note", "Suspendu")).post("/api/v1/missions/" + mission
                + "/applications/" + application + "/decision").then().statusCode(200);
    }

    @Test
    void showsAnExporterItsOwnApplicationOnly() {
        String mission = Api.openMission();
        UUID mine = Api.verifiedExporter();
        String own = Api.apply(mission, mine);
        String other = Api.apply(mission, Api.verifiedExporter());
        given().auth().oauth2(Tokens.exporter(mine)).get("/api/v1/missions/" + mission + "/applications").then()
                .statusCode(200).body("items.id", equalTo(List.of(own)));
        given().auth().oauth2(Tokens.exporter(mine)).get("/api/v1/missions/" + mission + "/applications/" + other)
                .then().statusCode(404);
        Api.as(Tokens.exporter(mine)).post("/api/v1/missions/" + mission + "/applications/" + other
                + "/withdrawal").then().statusCode(403);
        Api.as(Tokens.exporter(mine)).body(Map.of("status", "ACCEPTED")).post("/api/v1/missions/" + mission
                + "/applications/" + own + "/decision").then().statusCode(403);
        given().auth().oauth2(Tokens.partner()).queryParam("status", "BOGUS").get("/api/v1/missions/" + mission
                + "/applications").then().statusCode(400).body("violations[0].field", equalTo("status"));
    }

    @Test
    void refusesAWithdrawnApplicationADecision() {
        String mission = Api.openMission();
        String application = Api.apply(mission, Api.verifiedExporter());
        Api.staff().post("/api/v1/missions/" + mission + "/applications/" + application + "/withdrawal").then()
                .statusCode(200);
        Api.staff().body(Map.of("status", "ACCEPTED")).post("/api/v1/missions/" + mission + "/applications/"
                + application + "/decision").then().statusCode(409);
        Api.staff().body(Map.of("status", "SUBMITTED")).post("/api/v1/missions/" + mission + "/applications/"
                + UUID.randomUUID() + "/decision").then().statusCode(400);
    }
}
