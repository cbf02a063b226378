package org.trademission.matching.request;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.trademission.matching.Seed;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.Topics;
import org.trademission.platform.testing.EventProbe;
import org.trademission.platform.testing.ExporterEvents;
import org.trademission.platform.testing.MissionEvents;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class MeetingRequestResourceTest {

    @Test
    void anExporterRequestsABuyerWhoAcceptsAndEventsFollow() {
        Setup s = setup();
        String id = as(Tokens.exporter(s.exporter)).body(Map.of("fromId", s.exporter.toString(), "toId",
                s.buyer.toString(), "priority", 1, "message", "Nous fabriquons du polyéthylène"))
                .post(s.path()).then().statusCode(201).body("status", equalTo("PENDING"))
                .body("exporterId", equalTo(s.exporter.toString())).body("buyerId", equalTo(s.buyer.toString()))
                .extract().path("id");
        as(Tokens.exporter(s.exporter)).post(s.path() + "/" + id + "/accept").then().statusCode(403);
        as(Tokens.buyer(s.buyer)).post(s.path() + "/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        as(Tokens.buyer(s.buyer)).post(s.path() + "/" + id + "/decline").then().statusCode(409);

        List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.MATCHING, r -> id.equals(r.key()), 2,
                Duration.ofSeconds(20));
        EventEnvelope accepted = ExporterEvents.read(records.get(1).value());
        assertEquals("MeetingRequestAccepted", accepted.type());
        assertEquals(2, accepted.sequence());
        assertEquals(s.exporter.toString(), accepted.data().get("fromId").asText());
    }

    @Test
    void aBuyerRequestsAnExporterAndMayCancelItsOwnRequest() {
        Setup s = setup();
        String id = as(Tokens.buyer(s.buyer)).body(Map.of("fromId", s.buyer.toString(), "toId",
                s.exporter.toString())).post(s.path()).then().statusCode(201).extract().path("id");
        as(Tokens.exporter(s.exporter)).post(s.path() + "/" + id + "/cancel").then().statusCode(403);
        as(Tokens.buyer(s.buyer)).body(Map.of("reason", "Calendrier complet")).post(s.path() + "/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("reason",
                        equalTo("Calendrier complet"));
        as(Tokens.buyer(s.buyer)).body(Map.of("fromId", s.buyer.toString(), "toId", s.exporter.toString()))
                .post(s.path()).then().statusCode(201);
    }

    @Test
    void refusesASecondOpenRequestForAPairEitherWay() {
        Setup s = setup();
        as(Tokens.staff()).body(Map.of("fromId", s.exporter.toString(), "toId", s.buyer.toString())).post(s.path())
                .then().statusCode(201);
        as(Tokens.staff()).body(Map.of("fromId", s.buyer.toString(), "toId", s.exporter.toString())).post(s.path())
                .then().statusCode(409).body("detail", containsString("already"));
    }

    @Test
    void refusesPairsThatAreNotOneAcceptedExporterAndOneRegisteredBuyer() {
        Setup s = setup();
        as(Tokens.staff()).body(Map.of("fromId", s.exporter.toString(), "toId", s.exporter.toString()))
                .post(s.path()).then().statusCode(422);
        as(Tokens.staff()).body(Map.of("fromId", s.exporter.toString(), "toId", UUID.randomUUID().toString()))
                .post(s.path()).then().statusCode(422);
        as(Tokens.exporter(UUID.randomUUID())).body(Map.of("fromId", s.exporter.toString(), "toId",
                s.buyer.toString())).post(s.path()).then().statusCode(403);
        as(Tokens.staff()).body(Map.of("fromId", s.exporter.toString(), "toId", s.buyer.toString(), "priority", 4))
                .post(s.path()).then().statusCode(400).body("violations[0].field", equalTo("priority"));
    }

    @Test
    void limitsPendingRequestsPerRequesterBySetting() {
        Setup s = setup();
        UUID second = Seed.buyer("Second", "3901");
        Seed.mission(s.mission.buyer(second, "REGISTERED", null), "BuyerRegistered");
        as(Tokens.staff()).body(Map.of("maxOpenRequests", 1)).put("/api/v1/missions/" + s.mission.id()
                + "/matching-settings").then().statusCode(200).body("maxOpenRequests", equalTo(1));
        as(Tokens.exporter(s.exporter)).body(Map.of("fromId", s.exporter.toString(), "toId", s.buyer.toString()))
                .post(s.path()).then().statusCode(201);
        as(Tokens.exporter(s.exporter)).body(Map.of("fromId", s.exporter.toString(), "toId", second.toString()))
                .post(s.path()).then().statusCode(409).body("detail", containsString("At most 1"));
    }

    @Test
    void takesRequestsOnlyWhileTheMissionIsOpenSelectionOrConfirmed() {
        Setup s = setup();
        Seed.mission(s.mission.status("IN_PROGRESS"), "MissionStatusChanged");
        as(Tokens.staff()).body(Map.of("fromId", s.exporter.toString(), "toId", s.buyer.toString())).post(s.path())
                .then().statusCode(409).body("detail", containsString("IN_PROGRESS"));
    }

    @Test
    void cancelsOpenRequestsWhenTheExporterWithdrawsOrTheBuyerCancelsWithAReason() {
        Setup s = setup();
        UUID other = Seed.buyer("Other", "3901");
        Seed.mission(s.mission.buyer(other, "REGISTERED", null), "BuyerRegistered");
        String first = as(Tokens.staff()).body(Map.of("fromId", s.exporter.toString(), "toId", s.buyer.toString()))
                .post(s.path()).then().statusCode(201).extract().path("id");
        String second = as(Tokens.staff()).body(Map.of("fromId", other.toString(), "toId", s.exporter.toString()))
                .post(s.path()).then().statusCode(201).extract().path("id");

        Seed.mission(s.mission.buyer(s.buyer, "CANCELLED", null), "BuyerRegistrationChanged");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(Tokens.staff()).get(s.path() + "/" + first)
                .then().body("status", equalTo("CANCELLED"))
                .body("reason", equalTo("the buyer cancelled its registration")));
        as(Tokens.staff()).get(s.path() + "/" + second).then().body("status", equalTo("PENDING"));

        Seed.mission(s.mission.exporter(s.exporter, "WITHDRAWN"), "ApplicationWithdrawn");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(Tokens.staff()).get(s.path() + "/" + second)
                .then().body("status", equalTo("CANCELLED")).body("reason", containsString("WITHDRAWN")));
        EventProbe.await(Topics.MATCHING, r -> second.equals(r.key()) && r.value().contains("MeetingRequestCancelled"),
                1, Duration.ofSeconds(20));
    }

    @Test
    void listsSentAndReceivedRequestsOfAParticipant() {
        Setup s = setup();
        UUID other = Seed.buyer("Other", "3901");
        Seed.mission(s.mission.buyer(other, "REGISTERED", null), "BuyerRegistered");
        String sent = as(Tokens.staff()).body(Map.of("fromId", s.exporter.toString(), "toId", s.buyer.toString()))
                .post(s.path()).then().statusCode(201).extract().path("id");
        String received = as(Tokens.staff()).body(Map.of("fromId", other.toString(), "toId", s.exporter.toString()))
                .post(s.path()).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.exporter(s.exporter)).queryParam("direction", "sent").get(s.path()).then()
                .statusCode(200).body("items.id", equalTo(List.of(sent)));
        given().auth().oauth2(Tokens.exporter(s.exporter)).queryParam("direction", "received").get(s.path()).then()
                .body("items.id", equalTo(List.of(received)));
        given().auth().oauth2(Tokens.buyer(s.buyer)).get(s.path()).then().body("items.id", equalTo(List.of(sent)));
        given().auth().oauth2(Tokens.buyer(s.buyer)).queryParam("participantId", other.toString()).get(s.path())
                .then().statusCode(403);
        given().auth().oauth2(Tokens.staff()).queryParams(Map.of("participantId", s.exporter.toString(), "status",
                "PENDING")).get(s.path()).then().body("total", equalTo(2));
        given().auth().oauth2(Tokens.staff()).queryParam("direction", "sideways").get(s.path()).then()
                .statusCode(400);
    }

    @Test
    void listsRequestsByTheRequestedFields() {
        Setup s = setup();
        UUID other = Seed.buyer("Other", "3901");
        Seed.mission(s.mission.buyer(other, "REGISTERED", null), "BuyerRegistered");
        String low = as(Tokens.staff()).body(Map.of("fromId", s.exporter.toString(), "toId", s.buyer.toString(),
                "priority", 3)).post(s.path()).then().statusCode(201).extract().path("id");
        String high = as(Tokens.staff()).body(Map.of("fromId", other.toString(), "toId", s.exporter.toString(),
                "priority", 1)).post(s.path()).then().statusCode(201).extract().path("id");
        as(Tokens.staff()).queryParam("sort", "priority").get(s.path()).then()
                .body("items.id", equalTo(List.of(high, low)));
        as(Tokens.staff()).queryParam("sort", "-priority").get(s.path()).then()
                .body("items.id", equalTo(List.of(low, high)));
        as(Tokens.staff()).queryParam("sort", "-createdAt").queryParam("size", 1).get(s.path()).then()
                .body("items.id", equalTo(List.of(high))).body("total", equalTo(2));
        as(Tokens.staff()).queryParam("sort", "message").get(s.path()).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("sort"));
    }

    @Test
    void answersAMissionItDoesNotKnowWith404LikeItsScheduleAndSettings() {
        String unknown = "/api/v1/missions/" + UUID.randomUUID();
        as(Tokens.staff()).get(unknown + "/meeting-requests").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("Mission"));
        as(Tokens.staff()).get(unknown + "/matching-settings").then().statusCode(404);
        as(Tokens.staff()).get(unknown + "/schedule").then().statusCode(404);
        as(Tokens.staff()).queryParam("sort", "message").get(unknown + "/meeting-requests").then().statusCode(400)
                .body("violations[0].field", equalTo("sort")); // a bad query parameter is never a 404
        as(Tokens.staff()).get(setup().path()).then().statusCode(200).body("total", equalTo(0));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static Setup setup() {
        UUID exporter = Seed.exporter("Polyethylene Moscow", List.of("ru", "fr"), "390110");
        UUID buyer = Seed.buyer("Plastiques du Maghreb", "3901");
        MissionEvents mission = MissionEvents.mission().exporter(exporter, "ACCEPTED").buyer(buyer, "REGISTERED",
                "ru");
        Seed.mission(mission, "BuyerRegistered");
        return new Setup(mission, exporter, buyer);
    }

    private record Setup(MissionEvents mission, UUID exporter, UUID buyer) {
        String path() {
            return "/api/v1/missions/" + mission.id() + "/meeting-requests";
        }
    }
}
