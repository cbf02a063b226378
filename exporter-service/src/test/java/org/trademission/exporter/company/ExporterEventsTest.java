package org.trademission.exporter.company;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.Topics;
import org.trademission.platform.testing.EventProbe;
import org.trademission.platform.testing.ExporterEvents;
import org.trademission.platform.testing.Tokens;

/** The exporter's changes reach exporters.v1 on the real broker through the outbox, keyed and in sequence. */
@QuarkusTest
class ExporterEventsTest {

    @Test
    void publishesRegisteredThenVerifiedKeyedByExporterInSequence() {
        ExporterJson body = ExporterJson.exporter();
        String id = ExporterResourceTest.createdId(body);
        given().auth().oauth2(Tokens.staff()).post("/api/v1/exporters/" + id + "/verification").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.EXPORTERS, r -> id.equals(r.key()), 2,
                Duration.ofSeconds(20));

        assertEquals(2, records.size());
        EventEnvelope registered = ExporterEvents.read(records.get(0).value());
        EventEnvelope verified = ExporterEvents.read(records.get(1).value());
        assertEquals("ExporterRegistered", registered.type());
        assertEquals(1, registered.sequence());
        assertEquals("exporter-service", registered.source());
        assertEquals(id, registered.subject().toString());
        assertEquals(body.inn(), registered.data().get("inn").asText());
        assertEquals("ExporterVerified", verified.type());
        assertEquals(2, verified.sequence());
        assertEquals("VERIFIED", verified.data().get("status").asText());
    }

    @Test
    void publishesNothingWhenAnUpdateChangesNothing() {
        ExporterJson body = ExporterJson.exporter();
        String id = ExporterResourceTest.createdId(body);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(body.build()).put("/api/v1/exporters/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(body.with("displayName", "Renamed").build()).put("/api/v1/exporters/" + id).then()
                .statusCode(200);

        List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.EXPORTERS, r -> id.equals(r.key()), 2,
                Duration.ofSeconds(20));

        assertEquals(2, records.size());
        EventEnvelope updated = ExporterEvents.read(records.get(1).value());
        assertEquals("ExporterUpdated", updated.type());
        assertEquals(2, updated.sequence());
        assertEquals("Renamed", updated.data().get("displayName").asText());
    }
}
