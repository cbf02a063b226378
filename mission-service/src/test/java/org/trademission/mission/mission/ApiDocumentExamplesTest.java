package org.trademission.mission.mission;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trademission.platform.testing.ApiDocument;

/**
 * What a staff member gets by pressing "Try it out" in Swagger UI: the examples of the API document, sent as they
 * are, create a mission and change it, publish it, add its B2B session and a market brief, and register a buyer and
 * change its registration. Only the buyer is swapped for one this service knows (its replica comes from Kafka).
 */
@QuarkusTest
class ApiDocumentExamplesTest {
    private static final String MISSIONS = "/api/v1/missions";

    @Test
    void theDocumentsExamplesRunAMissionFromDraftToARegisteredBuyer() {
        ApiDocument document = ApiDocument.read();
        ObjectNode mission = document.schemaExample("MissionRequest");
        assertFalse(LocalDate.parse(mission.get("applicationDeadline").asText()).isBefore(LocalDate.now().plusDays(29)),
                "the examples' dates stay ahead of today (ExampleDates)");
        String id = Api.staff().body(mission.toString()).post(MISSIONS).then()
                .statusCode(201).body("title", equalTo("Mission d'affaires au Maroc")).extract().path("id");

        String missionPatch = document.mergePatchExample(MISSIONS + "/{id}").toString();
        Api.staff().contentType(ApiDocument.MERGE_PATCH).body(missionPatch).patch(MISSIONS + "/" + id).then()
                .statusCode(200).body("exporterCapacity", equalTo(8)).body("cities", contains("Casablanca", "Tanger"));
        Api.staff().post(MISSIONS + "/" + id + "/publish").then().statusCode(200).body("status", equalTo("OPEN"));

        ObjectNode session = document.schemaExample("SessionRequest");
        Api.staff().body(session.toString()).post(MISSIONS + "/" + id + "/sessions").then().statusCode(201)
                .body("date", equalTo(session.get("date").asText())).body("tables", equalTo(7));
        Api.staff().body(document.schemaExample("BriefRequest").toString()).post(MISSIONS + "/" + id + "/briefs")
                .then().statusCode(201).body("title", equalTo("Le marché marocain des plastiques"));

        String buyer = Api.buyer().toString();
        String registration = document.schemaExample("RegistrationRequest").put("buyerId", buyer).toString();
        Api.staff().body(registration).post(MISSIONS + "/" + id + "/buyers").then().statusCode(201)
                .body("interpreterLanguage", equalTo("fr"));
        ObjectNode change = document.schemaExample("RegistrationChange");
        Api.staff().contentType(ApiDocument.MERGE_PATCH).body(change.toString())
                .patch(MISSIONS + "/" + id + "/buyers/" + buyer).then().statusCode(200)
                .body("interpreterLanguage", equalTo("ru"))
                .body("unavailable[0].start", equalTo(change.at("/unavailable/0/start").asText()));
    }
}
