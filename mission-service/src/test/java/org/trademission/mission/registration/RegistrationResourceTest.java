package org.trademission.mission.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.mission.mission.Api;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class RegistrationResourceTest {

    @Test
    void registersAKnownBuyerWithItsUnavailabilityAndInterpreterNeed() {
        String mission = Api.openMission();
        UUID buyer = Api.buyer();
        Api.staff().body(Map.of("buyerId", buyer.toString(), "interpreterLanguage", "ar", "unavailable",
                List.of(Map.of("start", "2027-05-12T14:00:00+01:00", "end", "2027-05-12T16:00:00+01:00"))))
                .post("/api/v1/missions/" + mission + "/buyers").then().statusCode(201)
                .body("status", equalTo("REGISTERED")).body("interpreterLanguage", equalTo("ar"))
                .body("buyerDisplayName", startsWith("Buyer "))
                .body("unavailable[0].start", equalTo("2027-05-12T14:00:00+01:00"));
        Api.staff().body(Map.of("buyerId", buyer.toString())).post("/api/v1/missions/" + mission + "/buyers").then()
                .statusCode(409);
    }

    @Test
    void listsRegistrationsInTheOrderRegisteredOrByTheRequestedFields() {
        String mission = Api.openMission();
        String buyers = "/api/v1/missions/" + mission + "/buyers";
        List<String> registered = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String buyer = Api.buyer().toString();
            Api.staff().body(Map.of("buyerId", buyer)).post(buyers).then().statusCode(201);
            registered.add(buyer);
        }
        Api.staff().get(buyers).then().body("items.buyerId", equalTo(registered));
        List<String> newestFirst = new java.util.ArrayList<>(registered);
        java.util.Collections.reverse(newestFirst);
        Api.staff().queryParam("sort", "-createdAt").get(buyers).then().body("items.buyerId", equalTo(newestFirst));
        List<String> byName = registered.stream() // their names are "Buyer " and the start of their id
                .sorted(java.util.Comparator.comparing((String id) -> id.substring(0, 8))).toList();
        Api.staff().queryParam("sort", "buyerDisplayName").get(buyers).then().body("items.buyerId", equalTo(byName));
        Api.staff().queryParam("sort", "buyerId,").get(buyers).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("sort"));
    }

    @Test
    void refusesAnUnknownBuyerWith422AndBadPeriodsWith400() {
        String mission = Api.openMission();
        Api.staff().body(Map.of("buyerId", UUID.randomUUID().toString())).post("/api/v1/missions/" + mission
                + "/buyers").then().statusCode(422).body("detail", containsString("not known"));
        Api.staff().body(Map.of("buyerId", Api.buyer().toString(), "unavailable", List.of(Map.of("start",
                "2027-05-12T16:00:00+01:00", "end", "2027-05-12T14:00:00+01:00")))).post("/api/v1/missions/"
                + mission + "/buyers").then().statusCode(400).body("violations[0].field",
                        equalTo("unavailable[0].end"));
        Api.staff().body(Map.of("buyerId", Api.buyer().toString(), "interpreterLanguage", "arabic"))
                .post("/api/v1/missions/" + mission + "/buyers").then().statusCode(400)
                .body("violations.field", hasItem("interpreterLanguage"));
    }

    @Test
    void confirmsCancelsAndRegistersAgain() {
        String mission = Api.openMission();
        UUID buyer = Api.buyer();
        String path = "/api/v1/missions/" + mission + "/buyers/" + buyer;
        Api.as(Tokens.buyer(buyer)).body(Map.of("buyerId", buyer.toString())).post("/api/v1/missions/" + mission
                + "/buyers").then().statusCode(201);
        Api.staff().post(path + "/confirmation").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        Api.staff().post(path + "/confirmation").then().statusCode(409);
        int version = Api.as(Tokens.buyer(buyer)).body(Map.of("unavailable", List.of(), "interpreterLanguage",
                "FR")).patch(path).then().statusCode(200).body("interpreterLanguage", equalTo("fr")).extract()
                .path("version");
        Api.as(Tokens.buyer(buyer)).body(Map.of("unavailable", List.of(), "interpreterLanguage", "fr"))
                .patch(path).then().statusCode(200).body("version", equalTo(version)); // the same code: no change
        Api.as(Tokens.buyer(buyer)).post(path + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        Api.staff().queryParam("status", "CANCELLED").get("/api/v1/missions/" + mission + "/buyers").then()
                .body("items.buyerId", hasItem(buyer.toString()));
        Api.as(Tokens.buyer(buyer)).body(Map.of("buyerId", buyer.toString())).post("/api/v1/missions/" + mission
                + "/buyers").then().statusCode(201).body("status", equalTo("REGISTERED"));
    }

    @Test
    void letsABuyerActForItselfOnly() {
        String mission = Api.openMission();
        UUID buyer = Api.buyer();
        UUID other = Api.buyer();
        Api.as(Tokens.buyer(other)).body(Map.of("buyerId", buyer.toString())).post("/api/v1/missions/" + mission
                + "/buyers").then().statusCode(403);
        Api.as(Tokens.exporter(UUID.randomUUID())).body(Map.of("buyerId", buyer.toString()))
                .post("/api/v1/missions/" + mission + "/buyers").then().statusCode(403);
        Api.staff().body(Map.of("buyerId", buyer.toString())).post("/api/v1/missions/" + mission + "/buyers").then()
                .statusCode(201);
        Api.staff().body(Map.of("buyerId", other.toString())).post("/api/v1/missions/" + mission + "/buyers").then()
                .statusCode(201);
        given().auth().oauth2(Tokens.buyer(buyer)).get("/api/v1/missions/" + mission + "/buyers").then()
                .body("items.buyerId", equalTo(List.of(buyer.toString())));
        given().auth().oauth2(Tokens.buyer(buyer)).get("/api/v1/missions/" + mission + "/buyers/" + other).then()
                .statusCode(404);
    }

    @Test
    void takesRegistrationsOnlyForPublishedMissionsThatAreNotOver() {
        UUID buyer = Api.buyer();
        String draft = Api.newMission();
        Api.staff().body(Map.of("buyerId", buyer.toString())).post("/api/v1/missions/" + draft + "/buyers").then()
                .statusCode(409);
        String cancelled = Api.openMission();
        Api.staff().body(Map.of("reason", "Reportée")).post("/api/v1/missions/" + cancelled + "/cancel").then()
                .statusCode(200);
        Api.staff().body(Map.of("buyerId", buyer.toString())).post("/api/v1/missions/" + cancelled + "/buyers")
                .then().statusCode(409);
    }
}
