package org.trademission.matching.schedule;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.trademission.matching.Seed;
import org.trademission.matching.TestMission;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.Topics;
import org.trademission.platform.event.mission.PeriodData;
import org.trademission.platform.testing.EventProbe;
import org.trademission.platform.testing.ExporterEvents;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class MeetingResourceTest {
    private static final LocalDateTime MORNING = LocalDateTime.of(2027, 3, 9, 9, 0);
    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    @Test
    void aBuyerCallsOffItsMeetingWhichCancelsItsRequestAndRebuildsLeaveThePairOut() {
        OneMeeting one = OneMeeting.requested(MORNING, 1);
        TestMission m = one.mission();
        UUID buyer = one.buyer();
        String meeting = one.id();
        String request = one.request();

        as(Tokens.buyer(buyer)).body(Map.of("reason", "Notre délégation rentre plus tôt"))
                .post("/api/v1/meetings/" + meeting + "/cancellation").then().statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("BUYER"))
                .body("reason", equalTo("Cancelled by the buyer: Notre délégation rentre plus tôt"));
        as(Tokens.staff()).get(m.path("meeting-requests/" + request)).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("reason", containsString("called off"));

        // neither as the request it came from nor as a recommendation (the pair scores well)
        as(Tokens.staff()).post(m.path("schedule")).then().statusCode(200).body("meetings", hasSize(0));
        as(Tokens.staff()).get("/api/v1/meetings/" + meeting).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("version", equalTo(2));

        List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.MATCHING,
                r -> meeting.equals(r.key()), 2, Duration.ofSeconds(20));
        EventEnvelope cancelled = ExporterEvents.read(records.get(1).value());
        assertEquals("MeetingCancelled", cancelled.type());
        assertEquals("BUYER", cancelled.data().get("cancelledBy").asText());
        assertEquals(2, cancelled.sequence());
        as(Tokens.buyer(buyer)).get(m.path("participants/" + buyer + "/agenda")).then().statusCode(200)
                .body("meetings", hasSize(0)).body("cancelled", hasSize(1))
                .body("cancelled[0].cancellation", equalTo("Cancelled by the buyer: Notre délégation rentre plus tôt"));
        String ics = as(Tokens.exporter(one.exporter())).accept("text/calendar")
                .get(m.path("participants/" + one.exporter() + "/agenda")).then().statusCode(200).extract()
                .asString().replace("\r\n ", "");
        assertTrue(ics.contains("STATUS:CANCELLED") && ics.contains("Cancelled by the buyer"), ics);
        as(Tokens.buyer(buyer)).get("/api/v1/meetings/" + meeting + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("MeetingCancelled")).body("items[0].version", equalTo(2));
    }

    @Test
    void aNewRequestAfterTheCallOffLetsTheNextBuildPlaceThePairAgainUnderTheSameId() {
        OneMeeting one = OneMeeting.requested(MORNING, 0);
        TestMission m = one.mission();
        UUID exporter = one.exporter();
        UUID buyer = one.buyer();
        String meeting = one.id();
        as(Tokens.exporter(exporter)).post("/api/v1/meetings/" + meeting + "/cancellation").then().statusCode(200)
                .body("cancelledBy", equalTo("EXPORTER")).body("reason", equalTo("Cancelled by the exporter"));
        assertTrue(m.schedule().isEmpty());

        m.acceptedRequest(exporter, buyer);
        assertEquals(meeting, m.schedule().get(exporter + "/" + buyer), "the calendar UID stays the same");
        as(Tokens.exporter(exporter)).get("/api/v1/meetings/" + meeting).then().statusCode(200)
                .body("status", equalTo("SCHEDULED")).body("cancelledBy", nullValue()).body("reason", nullValue());
    }

    @Test
    void aRecommendedMeetingCalledOffIsNotRecommendedAgainWhileTheOthersStay() {
        TestMission m = TestMission.create(2, 2, MORNING, 4, 2);
        m.settings(1);
        Map<String, String> first = m.schedule();
        assertFalse(first.isEmpty());
        String pair = first.keySet().iterator().next();
        as(Tokens.staff()).post("/api/v1/meetings/" + first.get(pair) + "/cancellation").then().statusCode(200)
                .body("cancelledBy", equalTo("AGENCY"));

        Map<String, String> second = m.schedule();
        assertFalse(second.containsKey(pair), "called off: " + pair + " in " + second);
        first.forEach((otherPair, id) -> {
            if (!otherPair.equals(pair)) {
                assertEquals(id, second.get(otherPair), "kept: " + otherPair);
            }
        });
    }

    @Test
    void onlyTheMeetingsParticipantsAndStaffCallItOffAndOnlyTheyAndTheAgencyReadIt() {
        TestMission m = TestMission.create(2, 2, MORNING, 2, 2);
        m.settings(0);
        UUID exporter = m.exporters().get(0);
        UUID buyer = m.buyers().get(0);
        m.acceptedRequest(exporter, buyer);
        String meeting = "/api/v1/meetings/" + m.schedule().get(exporter + "/" + buyer);

        as(Tokens.exporter(m.exporters().get(1))).post(meeting + "/cancellation").then().statusCode(403)
                .contentType("application/problem+json");
        as(Tokens.buyer(m.buyers().get(1))).post(meeting + "/cancellation").then().statusCode(403);
        as(Tokens.partner()).post(meeting + "/cancellation").then().statusCode(403);
        as(Tokens.crm()).post(meeting + "/cancellation").then().statusCode(403);
        given().post(meeting + "/cancellation").then().statusCode(401);

        as(Tokens.exporter(m.exporters().get(1))).get(meeting).then().statusCode(403);
        as(Tokens.buyer(m.buyers().get(1))).get(meeting).then().statusCode(403);
        as(Tokens.partner()).get(meeting).then().statusCode(200).body("status", equalTo("SCHEDULED"));
        as(Tokens.crm()).get(meeting).then().statusCode(200).header("ETag", "\"1\"");
        as(Tokens.buyer(buyer)).get(meeting).then().statusCode(200).body("buyerId", equalTo(buyer.toString()));
        as(Tokens.staff()).get("/api/v1/meetings/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as(Tokens.staff()).post("/api/v1/meetings/" + UUID.randomUUID() + "/cancellation").then().statusCode(404);
        as(Tokens.staff()).get("/api/v1/meetings/not-a-uuid").then().statusCode(404);
    }

    @Test
    void refusesToCallOffAMeetingTwiceOrOnceItHasStarted() {
        String meeting = OneMeeting.requested(MORNING, 0).path();
        as(Tokens.staff()).post(meeting + "/cancellation").then().statusCode(200);
        as(Tokens.staff()).post(meeting + "/cancellation").then().statusCode(409)
                .body("detail", containsString("already cancelled"));

        OneMeeting started = OneMeeting.requested(LocalDate.now().minusDays(1).atTime(9, 0), 0);
        as(Tokens.buyer(started.buyer())).post(started.path() + "/cancellation").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("outcome"));
    }

    @Test
    void bothSidesCallingOffAtOnceCancelTheMeetingOnce() throws Exception {
        OneMeeting one = OneMeeting.requested(MORNING, 0);
        String meeting = one.id();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (String token : List.of(Tokens.exporter(one.exporter()), Tokens.buyer(one.buyer()))) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return as(token).post("/api/v1/meetings/" + meeting + "/cancellation").then().extract()
                            .statusCode();
                }));
            }
            go.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get(30, TimeUnit.SECONDS));
            }
            codes.sort(null);
            assertEquals(List.of(200, 409), codes);
        } finally {
            pool.shutdownNow();
        }
        as(Tokens.staff()).get("/api/v1/meetings/" + meeting).then().body("version", equalTo(2));
    }

    @Test
    void checksIfMatchWhenSentAndTheLengthOfTheReason() {
        String meeting = OneMeeting.requested(MORNING, 0).path();
        as(Tokens.staff()).body(Map.of("reason", "x".repeat(1001))).post(meeting + "/cancellation").then()
                .statusCode(400).body("violations[0].field", equalTo("reason"));
        as(Tokens.staff()).header("If-Match", "\"7\"").post(meeting + "/cancellation").then().statusCode(412);
        as(Tokens.staff()).get(meeting).then().statusCode(200).body("status", equalTo("SCHEDULED"));
        as(Tokens.staff()).header("If-Match", "\"1\"").post(meeting + "/cancellation").then().statusCode(200)
                .body("version", equalTo(2));
    }

    /** A mission of one exporter and one buyer whose accepted request is on the built schedule. */
    private record OneMeeting(TestMission mission, UUID exporter, UUID buyer, String request, String id) {
        static OneMeeting requested(LocalDateTime start, int recommended) {
            return requested(start, recommended, 2, 1);
        }

        static OneMeeting requested(LocalDateTime start, int recommended, int slots, int tables) {
            TestMission m = TestMission.create(1, 1, start, slots, tables);
            m.settings(recommended);
            UUID exporter = m.exporters().get(0);
            UUID buyer = m.buyers().get(0);
            String request = m.acceptedRequest(exporter, buyer);
            return new OneMeeting(m, exporter, buyer, request, m.schedule().get(exporter + "/" + buyer));
        }

        String path() {
            return "/api/v1/meetings/" + id;
        }
    }

    @Test
    void staffMoveAMeetingToAFreeSlotAndTableWithMeetingMovedAndRebuildsKeepIt() {
        OneMeeting one = OneMeeting.requested(MORNING, 0, 3, 2);
        Map<String, Object> before = meeting(one.id());
        OffsetDateTime target = slotStart(startOf(before).isEqual(slotStart(2)) ? 1 : 2);
        Map<String, Object> moved = as(Tokens.staff()).body(Map.of("start", target.toString(), "table", 2))
                .post(one.path() + "/move").then().statusCode(200).header("ETag", "\"2\"")
                .body("table", equalTo(2)).body("sessionId", equalTo(before.get("sessionId")))
                .body("status", equalTo("SCHEDULED")).extract().jsonPath().getMap("$");
        assertTrue(startOf(moved).isEqual(target), "moved to " + moved);
        List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.MATCHING,
                r -> one.id().equals(r.key()), 2, Duration.ofSeconds(20));
        assertEquals("MeetingMoved", ExporterEvents.read(records.get(1).value()).type());

        Map<String, Object> rebuilt = as(Tokens.staff()).post(one.mission().path("schedule")).then().statusCode(200)
                .extract().jsonPath().getMap("meetings[0]");
        assertEquals(moved, rebuilt, "a rebuild keeps it where staff put it");
        as(Tokens.staff()).body(Map.of("start", target.toString())).post(one.path() + "/move").then().statusCode(200)
                .body("version", equalTo(2)).body("table", equalTo(2));
        as(Tokens.staff()).get(one.path() + "/history").then().body("items[0].action", equalTo("MeetingMoved"));
    }

    @Test
    void refusesASlotWhereTheExporterIsInAnotherMeetingOrATableThatIsTaken() {
        TestMission m = TestMission.create(2, 2, MORNING, 2, 2);
        m.settings(0);
        UUID exporter = m.exporters().get(0);
        m.acceptedRequest(exporter, m.buyers().get(0));
        m.acceptedRequest(exporter, m.buyers().get(1));
        m.acceptedRequest(m.exporters().get(1), m.buyers().get(0));
        Map<String, String> ids = m.schedule();
        Map<String, Object> first = meeting(ids.get(exporter + "/" + m.buyers().get(0)));
        Map<String, Object> second = meeting(ids.get(exporter + "/" + m.buyers().get(1)));
        as(Tokens.staff()).body(Map.of("start", second.get("start"))).post("/api/v1/meetings/" + first.get("id")
                + "/move").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("the exporter is in meeting " + second.get("id")));

        Map<String, Object> other = meeting(ids.get(m.exporters().get(1) + "/" + m.buyers().get(0)));
        Map<String, Object> free = meeting(ids.get(exporter + "/" + m.buyers().get(1)));
        as(Tokens.staff()).body(Map.of("start", other.get("start"), "table", other.get("table")))
                .post("/api/v1/meetings/" + free.get("id") + "/move").then().statusCode(409)
                .body("detail", containsString("Table " + other.get("table") + " is taken"));
        assertEquals(free, meeting((String) free.get("id")), "nothing changed");
    }

    @Test
    void refusesAStartNoSlotHasATableTheSessionLacksOrAPeriodTheBuyerCannotAttend() {
        OneMeeting one = OneMeeting.requested(MORNING, 0, 3, 2);
        Map<String, Object> current = meeting(one.id());
        OffsetDateTime from = slotStart(startOf(current).isEqual(slotStart(0)) ? 1 : 0);
        String target = from.toString();
        as(Tokens.staff()).body(Map.of("start", from.plusMinutes(10).toString())).post(one.path() + "/move").then()
                .statusCode(422)
                .body("detail", containsString("No slot"));
        as(Tokens.staff()).body(Map.of("start", target, "sessionId", UUID.randomUUID().toString()))
                .post(one.path() + "/move").then().statusCode(422);
        as(Tokens.staff()).body(Map.of("start", target, "table", 3)).post(one.path() + "/move").then()
                .statusCode(422).body("detail", containsString("has 2 tables"));
        as(Tokens.staff()).body(Map.of("table", 1)).post(one.path() + "/move").then().statusCode(400)
                .body("violations[0].field", equalTo("start"));
        as(Tokens.staff()).body(Map.of("start", "tomorrow")).post(one.path() + "/move").then().statusCode(400);
        as(Tokens.staff()).body(Map.of("start", target, "table", 0)).post(one.path() + "/move").then()
                .statusCode(400).body("violations[0].field", equalTo("table"));

        one.mission().events().unavailable(one.buyer(), new PeriodData(from, from.plusMinutes(30)));
        Seed.mission(one.mission().events(), "BuyerRegistrationChanged");
        as(Tokens.staff()).body(Map.of("start", target)).post(one.path() + "/move").then().statusCode(409)
                .body("detail", containsString("cannot attend"));
        assertEquals(current, meeting(one.id()), "nothing changed");
    }

    @Test
    void onlyStaffMoveAndOnlyAScheduledMeetingThatHasNotStarted() {
        OneMeeting one = OneMeeting.requested(MORNING, 0, 3, 1);
        String target = slotStart(2).toString();
        as(Tokens.exporter(one.exporter())).body(Map.of("start", target)).post(one.path() + "/move").then()
                .statusCode(403);
        as(Tokens.buyer(one.buyer())).body(Map.of("start", target)).post(one.path() + "/move").then()
                .statusCode(403);
        as(Tokens.staff()).body(Map.of("start", target)).post("/api/v1/meetings/" + UUID.randomUUID() + "/move")
                .then().statusCode(404);
        as(Tokens.staff()).header("If-Match", "\"5\"").body(Map.of("start", target)).post(one.path() + "/move")
                .then().statusCode(412);
        as(Tokens.staff()).post(one.path() + "/cancellation").then().statusCode(200);
        as(Tokens.staff()).body(Map.of("start", target)).post(one.path() + "/move").then().statusCode(409)
                .body("detail", containsString("cancelled"));

        OneMeeting started = OneMeeting.requested(LocalDate.now().minusDays(1).atTime(9, 0), 0);
        as(Tokens.staff()).body(Map.of("start", meeting(started.id()).get("start"))).post(started.path() + "/move")
                .then().statusCode(409).body("detail", containsString("started"));
    }

    private static Map<String, Object> meeting(String id) {
        return as(Tokens.staff()).get("/api/v1/meetings/" + id).then().statusCode(200).extract().jsonPath()
                .getMap("$");
    }

    /** The start of the test session's slot {@code index} (30-minute slots from MORNING). */
    private static OffsetDateTime slotStart(int index) {
        return MORNING.plusMinutes(30L * index).atZone(CASABLANCA).toOffsetDateTime();
    }

    private static OffsetDateTime startOf(Map<String, Object> meeting) {
        return OffsetDateTime.parse((String) meeting.get("start"));
    }

    private static RequestSpecification as(String token) {
        return TestMission.as(token);
    }

    private static RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }
}
