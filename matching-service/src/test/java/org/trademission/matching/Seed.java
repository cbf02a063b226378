package org.trademission.matching;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.Topics;
import org.trademission.platform.event.buyer.InterestData;
import org.trademission.platform.event.exporter.ProductSummary;
import org.trademission.platform.money.Money;
import org.trademission.platform.testing.BuyerEvents;
import org.trademission.platform.testing.EventProbe;
import org.trademission.platform.testing.ExporterEvents;
import org.trademission.platform.testing.MissionEvents;
import org.trademission.platform.testing.Tokens;

/** Replicas seeded through the real broker, as the other services publish them. */
public final class Seed {
    private Seed() {
    }

    public static UUID exporter(String name, List<String> languages, String... hsCodes) {
        UUID id = UUID.randomUUID();
        List<ProductSummary> products = java.util.Arrays.stream(hsCodes).map(code -> new ProductSummary(
                UUID.randomUUID(), name + " " + code, code, Money.of("12500.00", "EUR"), Money.of("20000.00", "EUR")))
                .toList();
        publish(Topics.EXPORTERS, id, ExporterEvents.withProducts(id, 1, "VERIFIED", name, languages, products));
        awaitReplica("exporters", id, 1);
        return id;
    }

    public static UUID buyer(String name, String... hsCodes) {
        UUID id = UUID.randomUUID();
        List<InterestData> interests = java.util.Arrays.stream(hsCodes).map(BuyerEvents::interest).toList();
        publish(Topics.BUYERS, id, BuyerEvents.event(id, 1, "BuyerRegistered", name, true, interests));
        awaitReplica("buyers", id, 1);
        return id;
    }

    /** Publishes the mission's next state and waits until the replica holds it. */
    public static void mission(MissionEvents mission, String type) {
        EventEnvelope event = mission.next(type);
        publish(Topics.MISSIONS, mission.id(), event);
        awaitReplica("missions", mission.id(), event.sequence());
    }

    private static void publish(String topic, UUID key, EventEnvelope event) {
        EventProbe.publish(topic, key.toString(), ExporterEvents.json(event));
    }

    private static void awaitReplica(String kind, UUID id, long sequence) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.staff())
                .get("/api/v1/replicas/" + kind + "/" + id).then().statusCode(200)
                .body("sequence", equalTo((int) sequence)));
    }
}
