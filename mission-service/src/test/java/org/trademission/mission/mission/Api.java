package org.trademission.mission.mission;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.trademission.platform.event.Topics;
import org.trademission.platform.testing.BuyerEvents;
import org.trademission.platform.testing.EventProbe;
import org.trademission.platform.testing.ExporterEvents;
import org.trademission.platform.testing.Tokens;

/** Short helpers for the mission API in tests, and replicas seeded through the real broker. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification staff() {
        return as(Tokens.staff());
    }

    public static String newMission(Map<String, Object> body) {
        return staff().body(body).post("/api/v1/missions").then().statusCode(201).extract().path("id");
    }

    public static String newMission() {
        return newMission(MissionJson.mission().build());
    }

    /** A published (OPEN) mission. */
    public static String openMission(Map<String, Object> body) {
        String id = newMission(body);
        staff().post("/api/v1/missions/" + id + "/publish").then().statusCode(200);
        return id;
    }

    public static String openMission() {
        return openMission(MissionJson.mission().build());
    }

    /** An exporter this service knows (from exporters.v1 on the real broker) with {@code status}. */
    public static UUID exporter(String status) {
        UUID id = UUID.randomUUID();
        EventProbe.publish(Topics.EXPORTERS, id.toString(), ExporterEvents.json(ExporterEvents.event(id, 1,
                "ExporterRegistered", status, "Exporter " + id.toString().substring(0, 8))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> staff().get("/api/v1/replicas/exporters/" + id)
                .then().statusCode(200).body("status", equalTo(status)));
        return id;
    }

    public static UUID verifiedExporter() {
        return exporter("VERIFIED");
    }

    /** Publishes a later state of a known exporter and waits for the replica to hold it. */
    public static void exporterBecomes(UUID id, long sequence, String status) {
        EventProbe.publish(Topics.EXPORTERS, id.toString(), ExporterEvents.json(ExporterEvents.event(id, sequence,
                "Exporter" + (status.equals("SUSPENDED") ? "Suspended" : "Verified"), status, "Exporter")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> staff().get("/api/v1/replicas/exporters/" + id)
                .then().statusCode(200).body("status", equalTo(status)));
    }

    /** A buyer this service knows (from buyers.v1 on the real broker). */
    public static UUID buyer() {
        UUID id = UUID.randomUUID();
        EventProbe.publish(Topics.BUYERS, id.toString(), ExporterEvents.json(BuyerEvents.event(id, 1,
                "BuyerRegistered", "Buyer " + id.toString().substring(0, 8))));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> staff().get("/api/v1/replicas/buyers/" + id)
                .then().statusCode(200));
        return id;
    }

    public static String apply(String missionId, UUID exporterId) {
        return staff().body(Map.of("exporterId", exporterId.toString(), "motivation", "Nos graveurs laser"))
                .post("/api/v1/missions/" + missionId + "/applications").then().statusCode(201).extract().path("id");
    }

    public static void decide(String missionId, String applicationId, String status) {
        staff().body(Map.of("status", status)).post("/api/v1/missions/" + missionId + "/applications/"
                + applicationId + "/decision").then().statusCode(200);
    }
}
