package org.trademission.mission.mission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.Topics;
import org.trademission.platform.testing.EventProbe;
import org.trademission.platform.testing.ExporterEvents;

/** Every change of a mission reaches missions.v1 with the mission's whole state, in sequence. */
@QuarkusTest
class MissionEventsTest {

    @Test
    void publishesEveryChangeWithTheWholeMissionInSequence() {
        String mission = Api.newMission();
        Api.staff().post("/api/v1/missions/" + mission + "/publish").then().statusCode(200);
        UUID exporter = Api.verifiedExporter();
        String application = Api.apply(mission, exporter);
        Api.decide(mission, application, "ACCEPTED");
        UUID buyer = Api.buyer();
        Api.staff().body(Map.of("buyerId", buyer.toString(), "interpreterLanguage", "ar"))
                .post("/api/v1/missions/" + mission + "/buyers").then().statusCode(201);
        String session = Api.staff().body(Map.of("format", "IN_PERSON", "date", LocalDate.now().plusDays(60)
                .toString(), "start", "09:00", "end", "10:00", "slotMinutes", 30, "tables", 4))
                .post("/api/v1/missions/" + mission + "/sessions").then().statusCode(201).extract().path("id");
        Api.staff().post("/api/v1/missions/" + mission + "/buyers/" + buyer + "/confirmation").then().statusCode(200);
        Api.staff().delete("/api/v1/missions/" + mission + "/sessions/" + session).then().statusCode(204);
        Api.staff().post("/api/v1/missions/" + mission + "/applications/" + application + "/withdrawal").then()
                .statusCode(200);
        Api.staff().post("/api/v1/missions/" + mission + "/close-applications").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.MISSIONS,
                r -> mission.equals(r.key()), 10, Duration.ofSeconds(20));
        List<EventEnvelope> events = records.stream().map(r -> ExporterEvents.read(r.value())).toList();
        assertEquals(List.of("MissionCreated", "MissionPublished", "ApplicationSubmitted", "ApplicationDecided",
                "BuyerRegistered", "SessionAdded", "BuyerRegistrationChanged", "SessionRemoved",
                "ApplicationWithdrawn", "MissionStatusChanged"), events.stream().map(EventEnvelope::type).toList());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).sequence());
        }
        JsonNode decided = events.get(3).data();
        assertEquals("ACCEPTED", decided.get("applications").get(0).get("status").asText());
        assertEquals("Africa/Casablanca", decided.get("timezone").asText());
        assertEquals("APPLICATION", decided.get("changed").get("kind").asText());
        JsonNode added = events.get(5).data();
        assertEquals(2, added.get("sessions").get(0).get("slots").size());
        assertEquals(4, added.get("sessions").get(0).get("tables").asInt());
        assertEquals("ar", added.get("buyers").get(0).get("interpreterLanguage").asText());
        assertEquals("CONFIRMED", events.get(6).data().get("buyers").get(0).get("status").asText());
        assertEquals(0, events.get(7).data().get("sessions").size());
        assertEquals("SELECTION", events.get(9).data().get("status").asText());
    }
}
