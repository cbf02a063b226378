package org.trademission.mission;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.trademission.mission.mission.Api;
import org.trademission.mission.mission.MissionJson;
import org.trademission.platform.testing.OpenApiFuzzContract;

@QuarkusTest
class FuzzTest extends OpenApiFuzzContract {
    private UUID exporter;
    private UUID buyer;

    @Override
    protected Map<String, String> pathValues() {
        String mission = Api.openMission();
        exporter = Api.verifiedExporter();
        buyer = Api.buyer();
        String application = Api.apply(mission, Api.verifiedExporter());
        Api.staff().body(Map.of("buyerId", Api.buyer().toString())).post("/api/v1/missions/" + mission + "/buyers")
                .then().statusCode(201);
        String session = Api.staff().body(session()).post("/api/v1/missions/" + mission + "/sessions").then()
                .statusCode(201).extract().path("id");
        String brief = Api.staff().body(Map.of("title", "Marché")).post("/api/v1/missions/" + mission + "/briefs")
                .then().statusCode(201).extract().path("id");
        Map<String, String> values = new HashMap<>();
        values.put("id", mission);
        values.put("missionId", mission);
        values.put("applicationId", application);
        values.put("sessionId", session);
        values.put("briefId", brief);
        return values;
    }

    @Override
    protected Map<String, Map<String, Object>> validBodies() {
        return Map.of("POST /api/v1/missions", MissionJson.mission().build(),
                "PUT /api/v1/missions/{id}", MissionJson.mission().build(),
                "PATCH /api/v1/missions/{id}", Map.of("title", "Mission d'affaires au Maroc", "exporterCapacity", 7),
                "POST /api/v1/missions/{missionId}/applications", Map.of("exporterId", exporter.toString(),
                        "motivation", "Graveurs laser"),
                "POST /api/v1/missions/{missionId}/applications/{applicationId}/decision",
                Map.of("status", "WAITLISTED", "note", "Liste d'attente"),
                "POST /api/v1/missions/{missionId}/buyers", Map.of("buyerId", buyer.toString(),
                        "interpreterLanguage", "ar"),
                "POST /api/v1/missions/{missionId}/sessions", session(),
                "PUT /api/v1/missions/{missionId}/sessions/{sessionId}", session(),
                "POST /api/v1/missions/{missionId}/briefs", Map.of("title", "Le marché", "summary", "Résumé"),
                "PUT /api/v1/missions/{missionId}/briefs/{briefId}", Map.of("title", "Le marché", "summary", "Résumé"));
    }

    private static Map<String, Object> session() {
        return Map.of("name", "B2B", "format", "IN_PERSON", "date", LocalDate.now().plusDays(60).toString(),
                "start", "09:00", "end", "12:00", "slotMinutes", 30, "breakMinutes", 5, "tables", 7);
    }
}
