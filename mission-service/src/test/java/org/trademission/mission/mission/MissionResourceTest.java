package org.trademission.mission.mission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.platform.security.Roles;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class MissionResourceTest {

    @Test
    void createsADraftWithEveryField() {
        Api.staff().body(MissionJson.mission().build()).post("/api/v1/missions").then().statusCode(201)
                .header("Location", containsString("/api/v1/missions/")).body("status", equalTo("DRAFT"))
                .body("title", equalTo("Mission d'affaires au Maroc")).body("timezone", equalTo("Africa/Casablanca"))
                .body("hsFocus", equalTo(List.of("8456", "8477", "9027"))).body("exporterCapacity", equalTo(7))
                .body("placesLeft", equalTo(7)).body("version", equalTo(1));
    }

    @Test
    void namesEveryInvalidField() {
        Api.staff().body(MissionJson.mission().with("destinationCountry", "XX").with("timezone", "Mars/Olympus")
                .with("exporterCapacity", 0).with("hsFocus", List.of("77")).with("title", " ").build())
                .post("/api/v1/missions").then().statusCode(400)
                .body("violations.field", hasItems("destinationCountry", "timezone", "exporterCapacity",
                        "hsFocus[0]", "title"));
        LocalDate start = LocalDate.now().plusDays(60);
        Api.staff().body(MissionJson.mission().with("endDate", start.minusDays(1).toString()).build())
                .post("/api/v1/missions").then().statusCode(400).body("violations.field", hasItem("endDate"));
        Api.staff().body(MissionJson.mission().with("applicationDeadline", start.toString()).build())
                .post("/api/v1/missions").then().statusCode(400)
                .body("violations.field", hasItem("applicationDeadline"));
        Api.staff().body(MissionJson.mission().with("format", "BY_PIGEON").build()).post("/api/v1/missions").then()
                .statusCode(400).body("violations.field", hasItem("format"));
    }

    @Test
    void walksTheLifecycleAndNamesTheStateOnAnIllegalTransition() {
        String id = Api.newMission();
        Api.staff().post("/api/v1/missions/" + id + "/confirm").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("is DRAFT"))
                .body("detail", containsString("publish (→ OPEN)")).body("detail", containsString("cancel"));
        Api.staff().post("/api/v1/missions/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("OPEN"));
        Api.staff().post("/api/v1/missions/" + id + "/close-applications").then().statusCode(200)
                .body("status", equalTo("SELECTION"));
        Api.staff().post("/api/v1/missions/" + id + "/confirm").then().statusCode(409)
                .body("detail", containsString("no accepted exporter"));
        Api.staff().body(Map.of()).post("/api/v1/missions/" + id + "/cancel").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        Api.staff().body(Map.of("reason", "Pas assez d'acheteurs")).post("/api/v1/missions/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("statusReason", equalTo("Pas assez d'acheteurs"));
        Api.staff().post("/api/v1/missions/" + id + "/publish").then().statusCode(409)
                .body("detail", containsString("final"));
        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("title", "Renamed"))
                .patch("/api/v1/missions/" + id).then().statusCode(409);
    }

    @Test
    void runsAMissionToCompletion() {
        String id = Api.openMission();
        Api.decide(id, Api.apply(id, Api.verifiedExporter()), "ACCEPTED");
        for (String action : List.of("close-applications", "confirm", "start", "complete")) {
            Api.staff().post("/api/v1/missions/" + id + "/" + action).then().statusCode(200);
        }
        Api.staff().get("/api/v1/missions/" + id).then().body("status", equalTo("COMPLETED"));
        Api.staff().body(Map.of("reason", "x")).post("/api/v1/missions/" + id + "/cancel").then().statusCode(409);
    }

    @Test
    void limitsEditingByState() {
        MissionJson body = MissionJson.mission().with("exporterCapacity", 2);
        String id = Api.openMission(body.build());
        Api.decide(id, Api.apply(id, Api.verifiedExporter()), "ACCEPTED");
        Api.decide(id, Api.apply(id, Api.verifiedExporter()), "ACCEPTED");
        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("exporterCapacity", 1))
                .patch("/api/v1/missions/" + id).then().statusCode(409).body("detail", containsString("accepted"));
        Api.staff().post("/api/v1/missions/" + id + "/close-applications").then().statusCode(200);
        Api.staff().post("/api/v1/missions/" + id + "/confirm").then().statusCode(200);
        String later = LocalDate.parse((String) body.get("endDate")).plusDays(1).toString();
        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("endDate", later))
                .patch("/api/v1/missions/" + id).then().statusCode(409).body("detail", containsString("fixed"));
        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("exporterCapacity", 3, "description",
                "Programme confirmé")).patch("/api/v1/missions/" + id).then().statusCode(200)
                .body("exporterCapacity", equalTo(3)).body("placesLeft", equalTo(1));
    }

    @Test
    void replacesWithIfMatch() {
        String id = Api.newMission();
        Api.staff().header("If-Match", "\"1\"").body(MissionJson.mission().with("exporterCapacity", 9).build())
                .put("/api/v1/missions/" + id).then().statusCode(200).body("version", equalTo(2));
        Api.staff().header("If-Match", "\"1\"").body(MissionJson.mission().build()).put("/api/v1/missions/" + id)
                .then().statusCode(412);
    }

    @Test
    void listsPublishedMissionsWithPublicFieldsToAnyoneAndEverythingToStaff() {
        String tag = "T" + System.nanoTime();
        String draft = Api.newMission(MissionJson.mission().with("title", "Draft " + tag).build());
        String open = Api.openMission(MissionJson.mission().with("title", "Open " + tag).build());

        given().queryParam("q", tag).get("/api/v1/missions").then().statusCode(200)
                .body("items.id", equalTo(List.of(open))).body("items[0]", not(hasKey("statusReason")))
                .body("items[0]", not(hasKey("version"))).body("items[0].placesLeft", equalTo(7));
        given().get("/api/v1/missions/" + draft).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/missions/" + open).then().statusCode(200).body("status", equalTo("OPEN"));
        given().auth().oauth2(Tokens.partner()).queryParam("q", tag).get("/api/v1/missions").then()
                .body("items.id", equalTo(List.of(open)));
        Api.staff().queryParams(Map.of("q", tag, "size", 200)).get("/api/v1/missions").then()
                .body("items.id", hasItems(draft, open));
        Api.staff().queryParams(Map.of("q", tag, "status", "DRAFT")).get("/api/v1/missions").then()
                .body("items.id", equalTo(List.of(draft)));
        given().queryParam("status", "DRAFT").get("/api/v1/missions").then().statusCode(400);
    }

    @Test
    void sortsMissionsByTheRequestedFieldsStably() {
        String tag = "S" + System.nanoTime();
        LocalDate start = LocalDate.now().plusDays(90);
        String later = Api.newMission(MissionJson.mission().with("title", "B " + tag)
                .with("startDate", start.plusDays(10).toString()).with("endDate", start.plusDays(11).toString())
                .build());
        String earlierB = Api.newMission(MissionJson.mission().with("title", "B " + tag)
                .with("startDate", start.toString()).with("endDate", start.plusDays(1).toString()).build());
        String earlierA = Api.newMission(MissionJson.mission().with("title", "A " + tag)
                .with("startDate", start.toString()).with("endDate", start.plusDays(1).toString()).build());

        Api.staff().queryParam("q", tag).get("/api/v1/missions").then().statusCode(200)
                .body("items.id", equalTo(List.of(earlierA, earlierB, later)));
        Api.staff().queryParams(Map.of("q", tag, "sort", "-startDate,title")).get("/api/v1/missions").then()
                .body("items.id", equalTo(List.of(later, earlierA, earlierB)));
        Api.staff().queryParams(Map.of("q", tag, "sort", "-title,-createdAt", "size", 2, "page", 0))
                .get("/api/v1/missions").then().body("items.id", equalTo(List.of(earlierB, later)))
                .body("total", equalTo(3));
        for (String bad : List.of("budget", "title,title", ",", "-")) {
            Api.staff().queryParam("sort", bad).get("/api/v1/missions").then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo("sort"));
        }
        given().queryParam("sort", "nope").get("/api/v1/missions").then().statusCode(400);
    }

    @Test
    void findsAndSortsTitlesWhateverTheirAccentsAndCase() {
        String tag = "F" + System.nanoTime();
        String energie = Api.newMission(MissionJson.mission().with("title", "Énergie " + tag).build());
        String agro = Api.newMission(MissionJson.mission().with("title", "agro " + tag).build());
        String zellige = Api.newMission(MissionJson.mission().with("title", "Zellige " + tag).build());

        Api.staff().queryParam("q", "energie " + tag).get("/api/v1/missions").then().statusCode(200)
                .body("items.id", equalTo(List.of(energie)));
        Api.staff().queryParams(Map.of("q", tag, "sort", "title")).get("/api/v1/missions").then()
                .body("items.id", equalTo(List.of(agro, energie, zellige)));
    }

    @Test
    void answersAnInvalidTokenWith401EvenOnThePublicListInsteadOfServingItAsAnonymous() {
        for (String token : List.of(Tokens.expired(Roles.CRM), Tokens.forged(Roles.STAFF), "not-a-token")) {
            given().auth().oauth2(token).get("/api/v1/missions").then().statusCode(401)
                    .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                    .body("detail", equalTo("A valid bearer token is required"));
        }
        given().get("/api/v1/missions").then().statusCode(200);
        given().auth().oauth2(Tokens.crm()).get("/api/v1/missions").then().statusCode(200);
    }

    @Test
    void filtersByCountryAndPeriod() {
        String tag = "P" + System.nanoTime();
        LocalDate start = LocalDate.now().plusDays(200);
        String senegal = Api.newMission(MissionJson.mission().with("title", "Dakar " + tag)
                .with("destinationCountry", "SN").with("timezone", "Africa/Dakar").with("startDate", start.toString())
                .with("endDate", start.plusDays(1).toString()).build());
        String morocco = Api.newMission(MissionJson.mission().with("title", "Maroc " + tag).build());
        Api.staff().queryParams(Map.of("q", tag, "country", "sn")).get("/api/v1/missions").then()
                .body("items.id", equalTo(List.of(senegal)));
        Api.staff().queryParams(Map.of("q", tag, "from", start.minusDays(1).toString())).get("/api/v1/missions")
                .then().body("items.id", equalTo(List.of(senegal)));
        Api.staff().queryParams(Map.of("q", tag, "to", start.minusDays(1).toString())).get("/api/v1/missions")
                .then().body("items.id", equalTo(List.of(morocco)));
        for (Map<String, String> bad : List.of(Map.of("from", "demain"), Map.of("status", "ONGOING"),
                Map.of("country", "Maroc"), Map.of("page", "-1"))) {
            Api.staff().queryParams(bad).get("/api/v1/missions").then().statusCode(400)
                    .body("violations[0].field", equalTo(bad.keySet().iterator().next()));
        }
        Api.staff().queryParams(Map.of("from", start.toString(), "to", start.minusDays(1).toString()))
                .get("/api/v1/missions").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("to"));
    }

    @Test
    void letsOnlyStaffWrite() {
        String id = Api.newMission();
        for (String token : List.of(Tokens.partner(), Tokens.crm(), Tokens.exporter(UUID.randomUUID()),
                Tokens.buyer(UUID.randomUUID()))) {
            Api.as(token).body(MissionJson.mission().build()).post("/api/v1/missions").then().statusCode(403);
            Api.as(token).post("/api/v1/missions/" + id + "/publish").then().statusCode(403);
        }
        given().contentType("application/json").body(MissionJson.mission().build()).post("/api/v1/missions").then()
                .statusCode(401);
    }

    @Test
    void keepsAHistoryOfEveryChange() {
        String id = Api.openMission();
        Api.staff().get("/api/v1/missions/" + id + "/history").then().statusCode(200).body("total", equalTo(2))
                .body("items[0].action", equalTo("MissionPublished"))
                .body("items[0].changes.find { it.field == 'status' }.to", equalTo("OPEN"));
        Api.staff().queryParam("sort", "version").get("/api/v1/missions/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("MissionCreated", "MissionPublished")));
        Api.staff().queryParam("sort", "-nope").get("/api/v1/missions/" + id + "/history").then().statusCode(400)
                .body("violations[0].field", equalTo("sort"));
    }
}
