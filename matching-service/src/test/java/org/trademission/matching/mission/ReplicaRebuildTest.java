package org.trademission.matching.mission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.matching.Seed;
import org.trademission.platform.testing.MissionEvents;
import org.trademission.platform.testing.Tokens;

/** A rebuild from the topics' beginning gives the same replicas and cancels no request made after the events. */
@QuarkusTest
class ReplicaRebuildTest {

    @Test
    void rebuildsTheSameStateFromTheTopicsAndLeavesLaterRequestsAlone() {
        UUID exporter = Seed.exporter("Polyethylene Moscow", List.of("ru", "fr"), "390110");
        UUID buyer = Seed.buyer("Plastiques du Maghreb", "3901");
        MissionEvents mission = MissionEvents.mission();
        Seed.mission(mission, "MissionPublished"); // the first state: nobody accepted yet
        Seed.mission(mission.exporter(exporter, "ACCEPTED").buyer(buyer, "REGISTERED", "ru"), "BuyerRegistered");
        String request = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("fromId", exporter.toString(), "toId", buyer.toString()))
                .post("/api/v1/missions/" + mission.id() + "/meeting-requests").then().statusCode(201).extract()
                .path("id");

        given().auth().oauth2(Tokens.staff()).post("/api/v1/admin/replicas/rebuild").then().statusCode(200)
                .body("topic", hasItems("exporters.v1", "buyers.v1", "missions.v1"))
                .body("find { it.topic == 'missions.v1' }.events", greaterThanOrEqualTo(2));

        given().auth().oauth2(Tokens.staff()).get("/api/v1/replicas/missions/" + mission.id()).then()
                .statusCode(200).body("sequence", equalTo(2))
                .body("data.applications[0].status", equalTo("ACCEPTED"));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/replicas/exporters/" + exporter).then().statusCode(200)
                .body("products[0].hsCode", equalTo("390110"));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/replicas/buyers/" + buyer).then().statusCode(200)
                .body("interests[0].hsCode", equalTo("3901"));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/missions/" + mission.id() + "/meeting-requests/" + request)
                .then().body("status", equalTo("PENDING"));
        given().auth().oauth2(Tokens.partner()).post("/api/v1/admin/replicas/rebuild").then().statusCode(403);
    }
}
