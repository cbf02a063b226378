package org.trademission.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.Topics;

/**
 * exporters.v1 on the real broker -> a service's exporter replica (GET /api/v1/replicas/exporters/{id}): applied in
 * order, duplicates and stale sequences ignored, a poison message dead-lettered. Each consuming service runs it
 * with a {@code @QuarkusTest} subclass.
 */
public abstract class ExporterReplicaContract {
    @Inject
    protected EntityManager entityManager;

    /** The consuming service's name, as in its dead-letter topic {@code exporters.v1.dlq.<name>}. */
    protected abstract String consumerService();

    @Test
    void keepsReplicaOfRegisteredAndVerifiedExporter() {
        UUID id = UUID.randomUUID();
        publish(ExporterEvents.event(id, 1, "ExporterRegistered", "PENDING_VERIFICATION", "Laser Systems"));
        publish(ExporterEvents.event(id, 2, "ExporterVerified", "VERIFIED", "Laser Systems"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.staff())
                .get("/api/v1/replicas/exporters/" + id).then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("sequence", equalTo(2))
                .body("displayName", equalTo("Laser Systems")));
    }

    @Test
    void ignoresDuplicateDeliveryAndStaleSequence() {
        UUID id = UUID.randomUUID();
        EventEnvelope registered = ExporterEvents.event(id, 1, "ExporterRegistered", "PENDING_VERIFICATION", "A");
        EventEnvelope verified = ExporterEvents.event(id, 2, "ExporterVerified", "VERIFIED", "B");
        EventEnvelope stale = ExporterEvents.event(id, 1, "ExporterSuspended", "SUSPENDED", "C");
        publish(registered);
        publish(verified);
        publish(registered);
        publish(verified);
        publish(stale);

        await().atMost(Duration.ofSeconds(20)).until(() -> processed(List.of(registered.id(), verified.id(),
                stale.id())) == 3);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/replicas/exporters/" + id).then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("displayName", equalTo("B")).body("sequence", equalTo(2));
    }

    @Test
    void dropsDuplicatesAndStaleSequencesPolledInOneBatch() {
        UUID id = UUID.randomUUID();
        EventEnvelope registered = ExporterEvents.event(id, 1, "ExporterRegistered", "PENDING_VERIFICATION", "A");
        EventEnvelope verified = ExporterEvents.event(id, 2, "ExporterVerified", "VERIFIED", "B");
        EventEnvelope stale = ExporterEvents.event(id, 1, "ExporterSuspended", "SUSPENDED", "C");
        EventProbe.publishTogether(Topics.EXPORTERS, id.toString(), List.of(registered, verified, registered,
                verified, stale).stream().map(ExporterEvents::json).toList());

        await().atMost(Duration.ofSeconds(20)).until(() -> processed(List.of(registered.id(), verified.id(),
                stale.id())) == 3);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/replicas/exporters/" + id).then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("displayName", equalTo("B")).body("sequence", equalTo(2));
    }

    @Test
    void parksMalformedMessageOnDeadLetterTopicAndMovesOn() {
        UUID id = UUID.randomUUID();
        EventProbe.publish(Topics.EXPORTERS, id.toString(), "{not an event");
        publish(ExporterEvents.event(id, 1, "ExporterRegistered", "PENDING_VERIFICATION", "After the poison"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.staff())
                .get("/api/v1/replicas/exporters/" + id).then().statusCode(200));
        var parked = EventProbe.await(Topics.deadLetter(Topics.EXPORTERS, consumerService()),
                r -> id.toString().equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals("{not an event", parked.get(0).value());
    }

    @Test
    void appliesABatchAroundAPoisonMessageAndParksOnlyThePoison() {
        UUID key = UUID.randomUUID();
        List<UUID> exporters = java.util.stream.Stream.generate(UUID::randomUUID).limit(6).toList();
        List<String> messages = new java.util.ArrayList<>();
        exporters.forEach(id -> messages.add(ExporterEvents.json(ExporterEvents.event(id, 1, "ExporterRegistered",
                "PENDING_VERIFICATION", "Batch " + id))));
        String poison = "{poison in a batch " + key + "}";
        messages.add(poison);
        exporters.forEach(id -> messages.add(ExporterEvents.json(ExporterEvents.event(id, 2, "ExporterVerified",
                "VERIFIED", "Batch " + id))));
        double replays = batchReplays();

        EventProbe.publishTogether(Topics.EXPORTERS, key.toString(), messages);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> exporters.forEach(id -> given().auth()
                .oauth2(Tokens.staff()).get("/api/v1/replicas/exporters/" + id).then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("sequence", equalTo(2))));
        var parked = EventProbe.await(Topics.deadLetter(Topics.EXPORTERS, consumerService()),
                r -> key.toString().equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(List.of(poison), parked.stream().map(r -> r.value()).toList());
        assertEquals(replays + 1, batchReplays(), "the batch was polled together, failed once and was replayed");
    }

    private static double batchReplays() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("inbox_batch_replays_total{")
                && line.contains("channel=\"exporters\"")).mapToDouble(line -> Double.parseDouble(
                        line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void parksEventWithUnreadableDataOnDeadLetterTopic() {
        UUID id = UUID.randomUUID();
        String unreadable = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"ExporterRegistered\","
                + "\"source\":\"exporter-service\",\"subject\":\"" + id + "\",\"time\":\"2026-11-29T00:00:00Z\","
                + "\"sequence\":1,\"data\":\"oops\"}";
        EventProbe.publish(Topics.EXPORTERS, id.toString(), unreadable);
        publish(ExporterEvents.event(id, 2, "ExporterUpdated", "PENDING_VERIFICATION", "Readable"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.staff())
                .get("/api/v1/replicas/exporters/" + id).then().statusCode(200).body("sequence", equalTo(2)));
        var parked = EventProbe.await(Topics.deadLetter(Topics.EXPORTERS, consumerService()),
                r -> id.toString().equals(r.key()), 1, Duration.ofSeconds(20));
        assertEquals(unreadable, parked.get(0).value());
    }

    @Test
    void listsParkedMessagesWithTheirReasonForStaff() {
        UUID id = UUID.randomUUID();
        String poison = "{poison for " + id + "}";
        EventProbe.publish(Topics.EXPORTERS, id.toString(), poison);
        String deadLetterTopic = Topics.deadLetter(Topics.EXPORTERS, consumerService());
        EventProbe.await(deadLetterTopic, r -> id.toString().equals(r.key()), 1, Duration.ofSeconds(20));

        given().auth().oauth2(Tokens.staff()).get("/api/v1/admin/dead-letters").then().statusCode(200)
                .body("find { it.topic == 'exporters.v1' }.deadLetterTopic", equalTo(deadLetterTopic))
                .body("find { it.topic == 'exporters.v1' }.messages", greaterThanOrEqualTo(1));
        given().auth().oauth2(Tokens.staff()).queryParam("size", 200).get("/api/v1/admin/dead-letters/exporters.v1")
                .then().statusCode(200)
                .body("items.find { it.value == '" + poison + "' }.key", equalTo(id.toString()))
                .body("items.find { it.value == '" + poison + "' }.reason", notNullValue());
        given().auth().oauth2(Tokens.partner()).get("/api/v1/admin/dead-letters").then().statusCode(403);
        given().auth().oauth2(Tokens.staff()).get("/api/v1/admin/dead-letters/no.such.topic").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void sortsParkedMessagesAsAskedAndRejectsAFieldTheyDoNotHave() {
        for (int i = 0; i < 2; i++) {
            UUID id = UUID.randomUUID();
            EventProbe.publish(Topics.EXPORTERS, id.toString(), "{poison " + i + " for " + id + "}");
            EventProbe.await(Topics.deadLetter(Topics.EXPORTERS, consumerService()), r -> id.toString().equals(
                    r.key()), 1, Duration.ofSeconds(20));
        }
        String path = "/api/v1/admin/dead-letters/exporters.v1";
        List<Map<String, Object>> inTopicOrder = given().auth().oauth2(Tokens.staff())
                .queryParam("size", 200).get(path).then().statusCode(200).extract().path("items");
        List<Map<String, Object>> newestFirst = given().auth().oauth2(Tokens.staff())
                .queryParam("size", 200).queryParam("sort", "-parkedAt,-partition,-offset").get(path).then()
                .statusCode(200).extract().path("items");
        Comparator<Map<String, Object>> byTimeAndPosition = Comparator.<Map<String, Object>, Instant>comparing(
                m -> m.get("parkedAt") == null ? null : Instant.parse((String) m.get("parkedAt")),
                Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingInt(m -> ((Number) m.get("partition")).intValue())
                .thenComparingLong(m -> ((Number) m.get("offset")).longValue());
        assertEquals(inTopicOrder.stream().sorted(byTimeAndPosition.reversed()).toList(), newestFirst);
        given().auth().oauth2(Tokens.staff()).queryParam("sort", "value").get(path).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("sort"));
    }

    @Test
    void redrivesParkedMessagesOnceTheirCauseIsGone() {
        UUID id = UUID.randomUUID();
        // an event parked while, say, the replica could not hold it; the cause is gone, the event is still wanted
        EventEnvelope parked = ExporterEvents.event(id, 1, "ExporterRegistered", "PENDING_VERIFICATION", "Parked");
        EventProbe.publish(Topics.deadLetter(Topics.EXPORTERS, consumerService()), id.toString(),
                ExporterEvents.json(parked));
        EventProbe.await(Topics.deadLetter(Topics.EXPORTERS, consumerService()), r -> id.toString().equals(r.key()),
                1, Duration.ofSeconds(20));

        given().auth().oauth2(Tokens.staff()).post("/api/v1/admin/dead-letters/exporters.v1/redrive").then()
                .statusCode(200).body("read", greaterThanOrEqualTo(1)).body("applied", greaterThanOrEqualTo(1));

        given().auth().oauth2(Tokens.staff()).get("/api/v1/replicas/exporters/" + id).then().statusCode(200)
                .body("displayName", equalTo("Parked")).body("sequence", equalTo(1));
        given().auth().oauth2(Tokens.staff()).get("/api/v1/admin/dead-letters").then().statusCode(200)
                .body("find { it.topic == 'exporters.v1' }.pending", equalTo(0));
        given().auth().oauth2(Tokens.staff()).queryParam("from", "yesterday")
                .post("/api/v1/admin/dead-letters/exporters.v1/redrive").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
    }

    @Test
    void answersUnknownReplicaWithProblem() {
        given().auth().oauth2(Tokens.staff()).get("/api/v1/replicas/exporters/" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void keepsReplicaForStaffOnly() {
        given().auth().oauth2(Tokens.partner()).get("/api/v1/replicas/exporters/" + UUID.randomUUID()).then()
                .statusCode(403);
        given().get("/api/v1/replicas/exporters/" + UUID.randomUUID()).then().statusCode(401);
    }

    private long processed(List<UUID> eventIds) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select count(p) from ProcessedEvent p where p.key.eventId in :ids", Long.class)
                .setParameter("ids", eventIds).getSingleResult());
    }

    private static void publish(EventEnvelope event) {
        EventProbe.publish(Topics.EXPORTERS, event.subject().toString(), ExporterEvents.json(event));
    }
}
