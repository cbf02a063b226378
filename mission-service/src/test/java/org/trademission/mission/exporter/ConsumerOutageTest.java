package org.trademission.mission.exporter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.trademission.platform.event.Topics;
import org.trademission.platform.testing.EventProbe;
import org.trademission.platform.testing.ExporterEvents;
import org.trademission.platform.testing.Tokens;

/**
 * The consumer's database is unavailable for a while (here: the replica row is locked longer than the lock timeout,
 * so the consumer's writes fail as they would with the database away): the consumer retries and pauses, it does not
 * dead-letter the event, and applies it once the database answers again.
 */
@QuarkusTest
class ConsumerOutageTest {
    @Inject
    EntityManager entityManager;

    @Test
    void retriesThroughADatabaseOutageInsteadOfDeadLettering() throws Exception {
        UUID id = UUID.randomUUID();
        EventProbe.publish(Topics.EXPORTERS, id.toString(), ExporterEvents.json(ExporterEvents.event(id, 1,
                "ExporterRegistered", "PENDING_VERIFICATION", "Before the outage")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> staff("/api/v1/replicas/exporters/" + id)
                .body("sequence", equalTo(1)));

        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.submit(() -> QuarkusTransaction.requiringNew().timeout(120).run(() -> {
                entityManager.createNativeQuery("select id from exporter_replica where id = :id for update")
                        .setParameter("id", id).getResultList();
                locked.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertTrue(locked.await(20, TimeUnit.SECONDS));
            EventProbe.publish(Topics.EXPORTERS, id.toString(), ExporterEvents.json(ExporterEvents.event(id, 2,
                    "ExporterVerified", "VERIFIED", "After the outage")));
            Thread.sleep(13_000); // longer than the lock timeout: the consumer's write has failed at least once
            staff("/api/v1/replicas/exporters/" + id).body("sequence", equalTo(1));
        } finally {
            release.countDown();
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> staff("/api/v1/replicas/exporters/" + id)
                .body("sequence", equalTo(2)).body("status", equalTo("VERIFIED")));
        given().auth().oauth2(Tokens.staff()).queryParam("size", 200)
                .get("/api/v1/admin/dead-letters/exporters.v1").then().statusCode(200)
                .body("items.findAll { it.key == '" + id + "' }.size()", equalTo(0));
    }

    private static io.restassured.response.ValidatableResponse staff(String path) {
        return given().auth().oauth2(Tokens.staff()).get(path).then().statusCode(200);
    }
}
