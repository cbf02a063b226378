package org.trademission.matching;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.trademission.platform.testing.MissionEvents;
import org.trademission.platform.testing.Tokens;

/**
 * A confirmed mission seeded through the broker: exporters and buyers that all match (HS 8456, laser machines),
 * buyers needing a Russian interpreter, and one in-person session of 30-minute slots from {@code start}.
 */
public record TestMission(MissionEvents events, String tag, List<UUID> exporters, List<UUID> buyers) {

    public static TestMission create(int exporters, int buyers, LocalDateTime start, int slots, int tables) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<UUID> exporterIds = new ArrayList<>();
        List<UUID> buyerIds = new ArrayList<>();
        for (int i = 0; i < exporters; i++) {
            exporterIds.add(Seed.exporter("Exporter " + i + " of " + tag, List.of("ru", "fr"), "845611"));
        }
        for (int i = 0; i < buyers; i++) {
            buyerIds.add(Seed.buyer("Buyer " + i + " of " + tag, "8456"));
        }
        MissionEvents events = MissionEvents.mission().status("CONFIRMED");
        exporterIds.forEach(id -> events.exporter(id, "ACCEPTED"));
        buyerIds.forEach(id -> events.buyer(id, "CONFIRMED", "ru"));
        if (slots > 0) {
            events.session(UUID.randomUUID(), "B2B Casablanca", start, slots, 30, tables);
        }
        Seed.mission(events, "SessionAdded");
        return new TestMission(events, tag, exporterIds, buyerIds);
    }

    public UUID id() {
        return events.id();
    }

    public String path(String rest) {
        return "/api/v1/missions/" + id() + "/" + rest;
    }

    /** Matching settings for the schedule: how many recommendations each participant gets besides its requests. */
    public void settings(int recommended) {
        as(Tokens.staff()).body(Map.of("maxOpenRequests", 50, "recommendedPerParticipant", recommended))
                .put(path("matching-settings")).then().statusCode(200);
    }

    public String pendingRequest(UUID exporter, UUID buyer) {
        return as(Tokens.staff()).body(Map.of("fromId", exporter.toString(), "toId", buyer.toString()))
                .post(path("meeting-requests")).then().statusCode(201).extract().path("id");
    }

    public String acceptedRequest(UUID exporter, UUID buyer) {
        String id = pendingRequest(exporter, buyer);
        as(Tokens.staff()).post(path("meeting-requests/" + id + "/accept")).then().statusCode(200);
        return id;
    }

    /** Builds the schedule (staff) and returns the meeting id of each exporter/buyer pair. */
    public Map<String, String> schedule() {
        List<Map<String, Object>> meetings = as(Tokens.staff()).post(path("schedule")).then().statusCode(200)
                .extract().jsonPath().getList("meetings");
        Map<String, String> ids = new java.util.HashMap<>();
        meetings.forEach(m -> ids.put(m.get("exporterId") + "/" + m.get("buyerId"), (String) m.get("id")));
        return ids;
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
