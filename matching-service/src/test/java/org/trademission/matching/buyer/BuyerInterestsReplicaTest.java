package org.trademission.matching.buyer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.platform.event.Topics;
import org.trademission.platform.testing.BuyerEvents;
import org.trademission.platform.testing.EventProbe;
import org.trademission.platform.testing.ExporterEvents;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class BuyerInterestsReplicaTest {

    @Test
    void keepsActiveInterestsWithQuantitiesAndBudgetsForMatching() {
        UUID id = UUID.randomUUID();
        var event = BuyerEvents.event(id, 1, "InterestAdded", "Plastiques du Maghreb", true,
                List.of(BuyerEvents.interest("3901"), BuyerEvents.interest("8456")));
        EventProbe.publish(Topics.BUYERS, id.toString(), ExporterEvents.json(event));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.staff())
                .get("/api/v1/replicas/buyers/" + id).then().statusCode(200)
                .body("languages", equalTo(List.of("fr", "ar")))
                .body("interests.hsCode", equalTo(List.of("3901", "8456")))
                .body("interests[0].quantity.unit", equalTo("t"))
                .body("interests[0].budget.amount", equalTo("150000.00")));
    }
}
