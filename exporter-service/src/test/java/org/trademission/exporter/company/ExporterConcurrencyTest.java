package org.trademission.exporter.company;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.trademission.exporter.product.ProductJson;
import org.trademission.platform.testing.Tokens;

/**
 * Every write path loads what it changes under the row lock it holds. Each test drives two transactions in a fixed
 * interleaving: the test holds the exporter's row lock with a change of its own (as a concurrent request would),
 * starts the request under test, which must wait for the lock, then commits; the request must build on the committed
 * change, not on what it could read before the lock.
 */
@QuarkusTest
class ExporterConcurrencyTest {
    /** Long enough for the request to do its unlocked reads and reach the lock, well under the lock timeout. */
    private static final long REACH_THE_LOCK_MILLIS = 700;

    @Inject
    EntityManager entityManager;

    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void crmUpsertRacingVerificationKeepsTheVerification() throws Exception {
        String crmId = "CRM-RACE-" + UUID.randomUUID();
        Map<String, Object> body = ExporterJson.exporter().with("crmId", crmId).build();
        String id = Api.as(Tokens.crm()).body(body).put("/api/v1/exporters/by-crm-id/" + crmId).then().statusCode(201)
                .extract().path("id");
        body.put("displayName", "Renamed by the CRM");

        Response upsert = whileRowIsChanged(id, "update exporter set status = 'VERIFIED', version = version + 1 "
                + "where id = :id", () -> Api.as(Tokens.crm()).body(body).put("/api/v1/exporters/by-crm-id/" + crmId));

        upsert.then().statusCode(200).body("status", equalTo("VERIFIED")).body("version", equalTo(3))
                .body("displayName", equalTo("Renamed by the CRM"));
        Api.staff().get("/api/v1/exporters/" + id).then().body("status", equalTo("VERIFIED"))
                .body("version", equalTo(3));
    }

    @Test
    void csvImportRacingVerificationKeepsTheVerification() throws Exception {
        ExporterJson exporter = ExporterJson.exporter();
        String id = Api.newExporter(exporter.build());
        String csv = "inn,legalName,displayName\n" + exporter.inn() + ",ООО «Лазерные Системы»,From the import\n";

        Response imported = whileRowIsChanged(id, "update exporter set status = 'VERIFIED', version = version + 1 "
                + "where id = :id", () -> Api.as(Tokens.crm()).contentType("text/csv").body(csv)
                .post("/api/v1/exporters/import"));

        imported.then().statusCode(200).body("updated", equalTo(1));
        Api.staff().get("/api/v1/exporters/" + id).then().body("status", equalTo("VERIFIED"))
                .body("displayName", equalTo("From the import")).body("version", equalTo(3));
    }

    @Test
    void patchesOfDifferentFieldsBothCount() throws Exception {
        String id = Api.newExporter(ExporterJson.exporter().with("city", "Москва").build());

        Response patch = whileRowIsChanged(id, "update exporter set city = 'Казань', version = version + 1 "
                + "where id = :id", () -> Api.staff().contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("website", "https://new.example.ru")).patch("/api/v1/exporters/" + id));

        patch.then().statusCode(200).body("city", equalTo("Казань")).body("website", equalTo("https://new.example.ru"))
                .body("version", equalTo(3));
    }

    @Test
    void productPatchesOfDifferentFieldsBothCount() throws Exception {
        String id = Api.newExporter();
        String productId = Api.staff().body(ProductJson.product().with("moq", 100).build())
                .post("/api/v1/exporters/" + id + "/products").then().statusCode(201).extract().path("id");

        Response patch = whileRowIsChanged(id, "update product set moq = 250, version = version + 1 "
                + "where exporter_id = :id", () -> Api.staff().contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("leadTimeDays", 45)).patch("/api/v1/exporters/" + id + "/products/" + productId));

        patch.then().statusCode(200).body("moq", equalTo(250)).body("leadTimeDays", equalTo(45));
    }

    @Test
    void historyRefusesTwoEntriesForOneVersion() {
        String id = Api.newExporter();
        Throwable refused = null;
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "insert into audit_entry (id, aggregate_type, aggregate_id, version, action, actor, occurred_at, "
                            + "changes) select :h, aggregate_type, aggregate_id, version, action, actor, occurred_at, "
                            + "changes from audit_entry where aggregate_id = :e")
                    .setParameter("h", UUID.randomUUID()).setParameter("e", UUID.fromString(id)).executeUpdate());
        } catch (RuntimeException e) {
            refused = e;
        }
        while (refused != null && !(refused instanceof org.hibernate.exception.ConstraintViolationException)) {
            refused = refused.getCause();
        }
        assertTrue(refused != null, "a second audit entry for version 1 must violate unique (aggregate_type, aggregate_id, version)");
    }

    @Test
    void sameIdempotencyKeyAtTheSameMomentCreatesOnceAndReplaysTheAnswer() throws Exception {
        Map<String, Object> body = ExporterJson.exporter().build();
        String key = "race-" + UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return Api.staff().header("Idempotency-Key", key).body(body).post("/api/v1/exporters");
            }));
        }
        start.countDown();
        Set<String> ids = new HashSet<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get(60, TimeUnit.SECONDS);
            assertEquals(201, response.statusCode(), response.asString());
            ids.add(response.path("id"));
        }
        assertEquals(1, ids.size());
        long stored = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createQuery(
                "select count(e) from Exporter e where e.inn = :inn").setParameter("inn", body.get("inn"))
                .getSingleResult());
        assertEquals(1, stored);
    }

    /**
     * Holds the exporter's row lock in a transaction that changes the row with {@code sql}, starts {@code request},
     * lets it reach the lock, then commits; answers the request's response.
     */
    private Response whileRowIsChanged(String exporterId, String sql, Callable<Response> request) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("select id from exporter where id = :id for update")
                    .setParameter("id", UUID.fromString(exporterId)).getResultList();
            entityManager.createNativeQuery(sql).setParameter("id", UUID.fromString(exporterId)).executeUpdate();
            locked.countDown();
            await(release);
        }));
        assertTrue(locked.await(20, TimeUnit.SECONDS));
        Future<Response> answer = pool.submit(request);
        Thread.sleep(REACH_THE_LOCK_MILLIS);
        release.countDown();
        holder.get(20, TimeUnit.SECONDS);
        return answer.get(30, TimeUnit.SECONDS);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
