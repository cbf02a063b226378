package org.trademission.platform.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.Topics;

/**
 * buyers.v1 on the real broker -> a service's buyer replica (GET /api/v1/replicas/buyers/{id}): applied in order,
 * duplicates and stale sequences ignored, a poison message dead-lettered. Each consuming service runs it with a
 * {@code @QuarkusTest} subclass.
 */
public abstract class BuyerReplicaContract {

    /** The consuming service's name, as in its dead-letter topic {@code buyers.v1.dlq.<name>}. */
    protected abstract String consumerService();

    @Test
    void keepsReplicaOfRegisteredAndEnrolledBuyer() {
        UUID id = UUID.randomUUID();
        publish(BuyerEvents.event(id, 1, "BuyerRegistered", "Plastiques du Maghreb"));
        publish(BuyerEvents.event(id, 2, "BuyerEnrolled", "Plastiques du Maghreb", true, java.util.List.of()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.staff())
                .get("/api/v1/replicas/buyers/" + id).then().statusCode(200)
                .body("displayName", equalTo("Plastiques du Maghreb")).body("country", equalTo("MA"))
                .body("enrolled", equalTo(true)).body("sequence", equalTo(2)));
    }

    @Test
    void ignoresDuplicateDeliveryAndStaleSequence() {
        UUID id = UUID.randomUUID();
        EventEnvelope registered = BuyerEvents.event(id, 1, "BuyerRegistered", "A");
        EventEnvelope updated = BuyerEvents.event(id, 2, "BuyerUpdated", "B");
        EventEnvelope stale = BuyerEvents.event(id, 1, "BuyerUpdated", "C");
        publish(registered);
        publish(updated);
        publish(registered);
        publish(stale);
        publish(BuyerEvents.event(id, 3, "BuyerUpdated", "D"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.staff())
                .get("/api/v1/replicas/buyers/" + id).then().statusCode(200).body("displayName", equalTo("D"))
                .body("sequence", equalTo(3)));
    }

    @Test
    void parksMalformedBuyerEventOnDeadLetterTopicAndMovesOn() {
        UUID id = UUID.randomUUID();
        EventProbe.publish(Topics.BUYERS, id.toString(), "{not a buyer event");
        publish(BuyerEvents.event(id, 1, "BuyerRegistered", "After the poison"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.staff())
                .get("/api/v1/replicas/buyers/" + id).then().statusCode(200));
        var parked = EventProbe.await(Topics.deadLetter(Topics.BUYERS, consumerService()),
                r -> id.toString().equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals("{not a buyer event", parked.get(0).value());
    }

    @Test
    void keepsBuyerReplicaForStaffOnly() {
        given().auth().oauth2(Tokens.partner()).get("/api/v1/replicas/buyers/" + UUID.randomUUID()).then()
                .statusCode(403);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/replicas/buyers/" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }

    protected static void publish(EventEnvelope event) {
        EventProbe.publish(Topics.BUYERS, event.subject().toString(), ExporterEvents.json(event));
    }
}
