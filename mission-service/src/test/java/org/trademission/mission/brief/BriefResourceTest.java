package org.trademission.mission.brief;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.mission.mission.Api;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class BriefResourceTest {
    private static final Map<String, Object> BRIEF = Map.of("title", "Le marché marocain des plastiques",
            "summary", "Demande soutenue en polyéthylène.\nImportations en hausse.",
            "sections", List.of(Map.of("heading", "Importations", "body", "الواردات في ارتفاع")),
            "links", List.of(Map.of("title", "Office des changes", "url", "https://www.oc.gov.ma")));

    @Test
    void showsBriefsToTheAgencyPartnersAcceptedExportersAndRegisteredBuyersOnly() {
        String mission = Api.openMission();
        UUID accepted = Api.verifiedExporter();
        Api.decide(mission, Api.apply(mission, accepted), "ACCEPTED");
        UUID submitted = Api.verifiedExporter();
        Api.apply(mission, submitted);
        UUID buyer = Api.buyer();
        Api.staff().body(Map.of("buyerId", buyer.toString())).post("/api/v1/missions/" + mission + "/buyers").then()
                .statusCode(201);
        String id = Api.staff().body(BRIEF).post("/api/v1/missions/" + mission + "/briefs").then().statusCode(201)
                .body("sections[0].body", equalTo("الواردات في ارتفاع")).extract().path("id");

        for (String token : List.of(Tokens.staff(), Tokens.partner(), Tokens.crm(), Tokens.exporter(accepted),
                Tokens.buyer(buyer))) {
            given().auth().oauth2(token).get("/api/v1/missions/" + mission + "/briefs").then().statusCode(200)
                    .body("id", equalTo(List.of(id)));
        }
        for (String token : List.of(Tokens.exporter(submitted), Tokens.buyer(UUID.randomUUID()))) {
            given().auth().oauth2(token).get("/api/v1/missions/" + mission + "/briefs/" + id).then().statusCode(403);
        }
        given().get("/api/v1/missions/" + mission + "/briefs").then().statusCode(401);
    }

    @Test
    void letsStaffChangeAndRemoveABrief() {
        String mission = Api.openMission();
        String path = "/api/v1/missions/" + mission + "/briefs";
        String id = Api.staff().body(BRIEF).post(path).then().statusCode(201).extract().path("id");
        Api.staff().header("If-Match", "\"1\"").body(Map.of("title", "Mise à jour")).put(path + "/" + id).then()
                .statusCode(200).body("version", equalTo(2));
        Api.as(Tokens.partner()).body(BRIEF).post(path).then().statusCode(403);
        Api.staff().body(Map.of("title", "x", "links", List.of(Map.of("title", "bad", "url", "ftp://x"))))
                .post(path).then().statusCode(400).body("violations[0].field", equalTo("links[0].url"));
        Api.staff().delete(path + "/" + id).then().statusCode(204);
        Api.staff().get(path + "/" + id).then().statusCode(404);
    }

    @Test
    void listsBriefsInTheOrderWrittenOrAsAsked() {
        String mission = Api.openMission();
        String path = "/api/v1/missions/" + mission + "/briefs";
        String logistics = Api.staff().body(Map.of("title", "Zoom sur la logistique")).post(path).then()
                .statusCode(201).extract().path("id");
        String plastics = Api.staff().body(Map.of("title", "Aperçu des plastiques")).post(path).then()
                .statusCode(201).extract().path("id");
        Api.staff().get(path).then().statusCode(200).body("id", equalTo(List.of(logistics, plastics)));
        Api.staff().queryParam("sort", "title").get(path).then().body("id", equalTo(List.of(plastics, logistics)));
        String exports = Api.staff().body(Map.of("title", "Échanges et douane")).post(path).then()
                .statusCode(201).extract().path("id");
        Api.staff().queryParam("sort", "title").get(path).then()
                .body("id", equalTo(List.of(plastics, exports, logistics)));
        Api.staff().body(Map.of("title", "Zoom sur la logistique portuaire")).put(path + "/" + logistics).then()
                .statusCode(200);
        Api.staff().queryParam("sort", "-updatedAt").get(path).then()
                .body("id", equalTo(List.of(logistics, exports, plastics)));
        Api.staff().queryParam("sort", "summary").get(path).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("sort"));
    }
}
