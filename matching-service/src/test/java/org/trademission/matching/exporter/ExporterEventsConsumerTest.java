package org.trademission.matching.exporter;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.platform.event.Topics;
import org.trademission.platform.testing.EventProbe;
import org.trademission.platform.testing.ExporterEvents;
import org.trademission.platform.testing.ExporterReplicaContract;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class ExporterEventsConsumerTest extends ExporterReplicaContract {
    @Override
    protected String consumerService() {
        return "matching-service";
    }

    @Test
    void keepsLanguagesAndHsCodesForMatching() {
        UUID id = UUID.randomUUID();
        var event = ExporterEvents.event(id, 1, "ProductAdded", "VERIFIED", "3D Print", List.of("ru", "ar"),
                List.of("847730", "847790"));
        EventProbe.publish(Topics.EXPORTERS, id.toString(), ExporterEvents.json(event));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.staff())
                .get("/api/v1/replicas/exporters/" + id).then().statusCode(200)
                .body("languages", equalTo(List.of("ru", "ar")))
                .body("hsCodes", equalTo(List.of("847730", "847790"))));
    }
}
