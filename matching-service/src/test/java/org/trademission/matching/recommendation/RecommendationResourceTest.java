package org.trademission.matching.recommendation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.matching.Seed;
import org.trademission.platform.testing.MissionEvents;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class RecommendationResourceTest {

    @Test
    void showsABuyerOfPolymersThePolyethyleneMakerFirstWithReasons() {
        UUID polyethylene = Seed.exporter("Polyethylene Moscow", List.of("ru", "fr"), "390110");
        UUID laser = Seed.exporter("Laser Systems", List.of("ru", "en"), "845611");
        UUID buyer = Seed.buyer("Plastiques du Maghreb", "3901");
        MissionEvents mission = MissionEvents.mission().exporter(polyethylene, "ACCEPTED").exporter(laser, "ACCEPTED")
                .buyer(buyer, "REGISTERED", null);
        Seed.mission(mission, "BuyerRegistered");

        given().auth().oauth2(Tokens.buyer(buyer)).queryParam("buyerId", buyer.toString())
                .get("/api/v1/missions/" + mission.id() + "/recommendations").then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].id", equalTo(polyethylene.toString()))
                .body("items[0].displayName", equalTo("Polyethylene Moscow"))
                .body("items[0].score", greaterThan(0.8f)).body("items[1].score", lessThanOrEqualTo(0.2f))
                .body("items[0].reasons.kind", hasItem("HS_MATCH"))
                .body("items[0].reasons.find { it.kind == 'HS_MATCH' }.detail", containsString("390110"))
                .body("items[0].reasons.find { it.kind == 'LANGUAGE' }.detail", containsString("fr"));
    }

    @Test
    void ranksBuyersForAnExporterAndDropsWithdrawnAndCancelledParticipants() {
        UUID exporter = Seed.exporter("Laser Systems", List.of("ru", "fr"), "845611");
        UUID lasers = Seed.buyer("Gravure Atlas", "8456");
        UUID plastics = Seed.buyer("Plastiques", "39");
        UUID gone = Seed.buyer("Annulé", "8456");
        MissionEvents mission = MissionEvents.mission().exporter(exporter, "ACCEPTED")
                .buyer(lasers, "CONFIRMED", null).buyer(plastics, "REGISTERED", null).buyer(gone, "CANCELLED", null);
        Seed.mission(mission, "BuyerRegistrationChanged");

        given().auth().oauth2(Tokens.exporter(exporter)).queryParam("exporterId", exporter.toString())
                .get("/api/v1/missions/" + mission.id() + "/recommendations").then().statusCode(200)
                .body("items.id", equalTo(List.of(lasers.toString(), plastics.toString())));

        Seed.mission(mission.exporter(exporter, "WITHDRAWN"), "ApplicationWithdrawn");
        given().auth().oauth2(Tokens.staff()).queryParam("exporterId", exporter.toString())
                .get("/api/v1/missions/" + mission.id() + "/recommendations").then().statusCode(404);
        given().auth().oauth2(Tokens.staff()).queryParam("buyerId", lasers.toString())
                .get("/api/v1/missions/" + mission.id() + "/recommendations").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void ordersRecommendationsByNameOrScoreWhenAskedAndRejectsOtherFields() {
        UUID exporter = Seed.exporter("Laser Systems", List.of("ru", "fr"), "845611");
        UUID atlas = Seed.buyer("Gravure Atlas", "8456");
        UUID bois = Seed.buyer("bois et Gravure", "8456");
        UUID textiles = Seed.buyer("Textiles", "52");
        MissionEvents mission = MissionEvents.mission().exporter(exporter, "ACCEPTED")
                .buyer(textiles, "REGISTERED", null).buyer(atlas, "REGISTERED", null).buyer(bois, "REGISTERED", null);
        Seed.mission(mission, "BuyerRegistered");
        String path = "/api/v1/missions/" + mission.id() + "/recommendations";

        given().auth().oauth2(Tokens.staff()).queryParam("exporterId", exporter.toString()).get(path).then()
                .statusCode(200).body("items.id", equalTo(List.of(bois.toString(), atlas.toString(),
                        textiles.toString())));
        given().auth().oauth2(Tokens.staff()).queryParam("exporterId", exporter.toString())
                .queryParam("sort", "-displayName").get(path).then().statusCode(200)
                .body("items.displayName", equalTo(List.of("Textiles", "Gravure Atlas", "bois et Gravure")));
        given().auth().oauth2(Tokens.staff()).queryParam("exporterId", exporter.toString())
                .queryParam("sort", "score,displayName").queryParam("size", 1).get(path).then().statusCode(200)
                .body("items.id", equalTo(List.of(textiles.toString()))).body("total", equalTo(3));
        given().auth().oauth2(Tokens.staff()).queryParam("exporterId", exporter.toString())
                .queryParam("sort", "reasons").get(path).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("sort"));
    }

    @Test
    void answersTheMatrixAboveAThresholdWithCoverage() {
        UUID polyethylene = Seed.exporter("PE", List.of("fr"), "390110");
        UUID lonelyExporter = Seed.exporter("Diagnostics", List.of("ru"), "902780");
        UUID polymers = Seed.buyer("Polymers", "3901");
        UUID lonelyBuyer = Seed.buyer("Textiles", "52");
        MissionEvents mission = MissionEvents.mission().exporter(polyethylene, "ACCEPTED")
                .exporter(lonelyExporter, "ACCEPTED").buyer(polymers, "REGISTERED", null)
                .buyer(lonelyBuyer, "REGISTERED", null);
        Seed.mission(mission, "BuyerRegistered");

        given().auth().oauth2(Tokens.staff()).queryParam("minScore", "0.5")
                .get("/api/v1/missions/" + mission.id() + "/matches").then().statusCode(200)
                .body("pairs.size()", equalTo(1)).body("pairs[0].exporterId", equalTo(polyethylene.toString()))
                .body("pairs[0].buyerId", equalTo(polymers.toString()))
                .body("buyersWithoutMatch.id", equalTo(List.of(lonelyBuyer.toString())))
                .body("exportersWithoutMatch.id", equalTo(List.of(lonelyExporter.toString())));
        given().auth().oauth2(Tokens.staff()).queryParam("minScore", "2").get("/api/v1/missions/" + mission.id()
                + "/matches").then().statusCode(400).body("violations[0].field", equalTo("minScore"));
        given().auth().oauth2(Tokens.partner()).get("/api/v1/missions/" + mission.id() + "/matches").then()
                .statusCode(403);
    }

    @Test
    void letsParticipantsAskForThemselvesOnlyAndNeedsExactlyOneParticipant() {
        UUID buyer = Seed.buyer("Buyer", "39");
        MissionEvents mission = MissionEvents.mission().buyer(buyer, "REGISTERED", null);
        Seed.mission(mission, "BuyerRegistered");
        String path = "/api/v1/missions/" + mission.id() + "/recommendations";
        given().auth().oauth2(Tokens.buyer(UUID.randomUUID())).queryParam("buyerId", buyer.toString()).get(path)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.staff()).get(path).then().statusCode(400);
        given().auth().oauth2(Tokens.staff()).queryParam("buyerId", buyer.toString())
                .queryParam("exporterId", UUID.randomUUID().toString()).get(path).then().statusCode(400);
        given().auth().oauth2(Tokens.staff()).queryParam("buyerId", "not-a-uuid").get(path).then().statusCode(400);
        given().auth().oauth2(Tokens.staff()).queryParam("buyerId", UUID.randomUUID().toString()).get(path).then()
                .statusCode(404);
        given().auth().oauth2(Tokens.staff()).queryParam("buyerId", buyer.toString())
                .get("/api/v1/missions/" + UUID.randomUUID() + "/recommendations").then().statusCode(404);
    }
}
