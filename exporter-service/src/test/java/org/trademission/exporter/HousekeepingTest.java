package org.trademission.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.exporter.company.Api;
import org.trademission.platform.housekeeping.Housekeeping;

@QuarkusTest
class HousekeepingTest {
    @Inject
    Housekeeping housekeeping;
    @Inject
    EntityManager entityManager;

    @Test
    void removesPublishedOutboxMessagesAndKeysPastTheirRetention() {
        Api.staff().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(org.trademission.exporter.company.ExporterJson.exporter().build())
                .post("/api/v1/exporters").then().statusCode(201);

        housekeeping.removeExpired(OffsetDateTime.now(ZoneOffset.UTC));
        assertTrue(count("select count(r) from IdempotencyRecord r") > 0, "fresh keys are kept");

        // The relay publishes asynchronously: a message sent after the clean-up would be counted below.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> count(
                "select count(m) from OutboxMessage m where m.sentAt is null") == 0);
        housekeeping.removeExpired(OffsetDateTime.now(ZoneOffset.UTC).plusDays(31));
        assertEquals(0, count("select count(r) from IdempotencyRecord r"));
        assertEquals(0, count("select count(m) from OutboxMessage m where m.sentAt is not null"));
    }

    private long count(String query) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(query, Long.class)
                .getSingleResult());
    }
}
