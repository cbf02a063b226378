package org.trademission.buyer.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.trademission.buyer.interest.InterestJson;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.Topics;
import org.trademission.platform.testing.EventProbe;
import org.trademission.platform.testing.ExporterEvents;

/** The buyer's changes reach buyers.v1 on the real broker through the outbox, each with the buyer's full state. */
@QuarkusTest
class BuyerEventsTest {

    @Test
    void publishesEveryChangeKeyedByBuyerInSequenceWithTheFullState() {
        BuyerJson body = BuyerJson.buyer();
        String id = Api.newBuyer(body.build());
        Api.staff().post("/api/v1/buyers/" + id + "/programme-enrolment").then().statusCode(200);
        String interest = Api.newInterest(id, InterestJson.interest().build());
        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("active", false))
                .patch("/api/v1/buyers/" + id + "/interests/" + interest).then().statusCode(200);
        Api.staff().delete("/api/v1/buyers/" + id + "/interests/" + interest).then().statusCode(204);
        Api.staff().body(Map.of("reason", "fin")).post("/api/v1/buyers/" + id + "/programme-withdrawal").then()
                .statusCode(200);
        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("city", "Tanger"))
                .patch("/api/v1/buyers/" + id).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.BUYERS, r -> id.equals(r.key()), 7,
                Duration.ofSeconds(20));

        List<EventEnvelope> events = records.stream().map(r -> ExporterEvents.read(r.value())).toList();
        assertEquals(List.of("BuyerRegistered", "BuyerEnrolled", "InterestAdded", "InterestUpdated",
                "InterestRemoved", "BuyerProgrammeEnded", "BuyerUpdated"), events.stream().map(EventEnvelope::type)
                .toList());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).sequence());
            assertEquals("buyer-service", events.get(i).source());
        }
        assertEquals(body.ice(), events.get(0).data().get("ice").asText());
        assertTrue(events.get(1).data().get("programme").get("enrolled").asBoolean());
        assertEquals("3901", events.get(2).data().get("interests").get(0).get("hsCode").asText());
        assertEquals("150000.00", events.get(2).data().get("interests").get(0).get("budget").get("amount").asText());
        assertEquals(interest, events.get(2).data().get("interestId").asText());
        assertEquals(0, events.get(3).data().get("interests").size(), "an inactive interest is not published");
        assertEquals("Tanger", events.get(6).data().get("city").asText());
        assertTrue(events.get(6).data().get("contacts") == null, "contacts are not published");
    }
}
