package org.trademission.matching.schedule;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.trademission.platform.event.Topics;
import org.trademission.platform.testing.EventProbe;
import org.trademission.platform.testing.ExporterEvents;
import org.trademission.platform.testing.Tokens;

/** {@code POST missions/{id}/meetings}: staff arrange a meeting by hand beside the built schedule. */
@QuarkusTest
class ArrangeMeetingTest {
    private static final LocalDateTime MORNING = LocalDateTime.of(2027, 3, 9, 9, 0);
    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    @Test
    void staffArrangeAMeetingAtAFreeSlotHeldByAnAcceptedRequestSoThatRebuildsKeepIt() {
        TestMission m = TestMission.create(1, 2, MORNING, 3, 2);
        m.settings(0);
        UUID exporter = m.exporters().get(0);
        UUID walkIn = m.buyers().get(1);
        m.acceptedRequest(exporter, m.buyers().get(0));
        String scheduled = m.schedule().get(exporter + "/" + m.buyers().get(0));
        OffsetDateTime free = slot(MORNING.plusMinutes(60));
        if (startOf(scheduled).isEqual(free)) {
            free = slot(MORNING);
        }

        Map<String, Object> arranged = as(Tokens.staff()).body(body(exporter, walkIn, free))
                .post(m.path("meetings")).then().statusCode(201).contentType("application/json")
                .header("ETag", "\"1\"").header("Location", containsString("/api/v1/meetings/"))
                .body("status", equalTo("SCHEDULED")).body("origin", equalTo("ACCEPTED_REQUEST"))
                .body("table", equalTo(1)).body("interpreterLanguage", equalTo("ru"))
                .body("requestId", notNullValue()).extract().jsonPath().getMap("$");
        String id = (String) arranged.get("id");
        as(Tokens.staff()).get(m.path("meeting-requests/" + arranged.get("requestId"))).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("priority", equalTo(1))
                .body("exporterId", equalTo(exporter.toString()));
        List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.MATCHING, r -> id.equals(r.key()), 1,
                Duration.ofSeconds(20));
        assertEquals("MeetingScheduled", ExporterEvents.read(records.get(0).value()).type());
        as(Tokens.staff()).get("/api/v1/meetings/" + id + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("MeetingScheduled"));

        Map<String, String> rebuilt = m.schedule();
        assertEquals(id, rebuilt.get(exporter + "/" + walkIn));
        as(Tokens.staff()).get("/api/v1/meetings/" + id).then().body("version", equalTo(1));
        assertEquals(free.toInstant(), startOf(id).toInstant(), "a rebuild keeps it where staff put it");
    }

    @Test
    void aCalledOffPairMeetsAgainUnderItsFormerIdAndAPendingRequestIsAccepted() {
        TestMission m = TestMission.create(1, 2, MORNING, 3, 2);
        m.settings(0);
        UUID exporter = m.exporters().get(0);
        UUID first = m.buyers().get(0);
        UUID second = m.buyers().get(1);
        m.acceptedRequest(exporter, first);
        String former = m.schedule().get(exporter + "/" + first);
        OffsetDateTime at = startOf(former);
        as(Tokens.buyer(first)).post("/api/v1/meetings/" + former + "/cancellation").then().statusCode(200);

        as(Tokens.staff()).body(body(exporter, first, at)).post(m.path("meetings")).then().statusCode(201)
                .header("Location", endsWith("/api/v1/meetings/" + former)).body("id", equalTo(former))
                .body("status", equalTo("SCHEDULED")).body("cancelledBy", nullValue())
                .body("reason", nullValue()).body("version", equalTo(3));
        as(Tokens.staff()).post(m.path("schedule")).then().statusCode(200).body("meetings.id", hasItem(former));

        String pending = m.pendingRequest(exporter, second);
        Map<String, Object> body = body(exporter, second, at.isEqual(slot(MORNING)) ? slot(MORNING.plusMinutes(30))
                : slot(MORNING));
        String withPending = as(Tokens.staff()).body(body).post(m.path("meetings")).then().statusCode(201)
                .body("requestId", equalTo(pending)).extract().path("id");
        as(Tokens.staff()).get(m.path("meeting-requests/" + pending)).then().body("status", equalTo("ACCEPTED"));
        as(Tokens.staff()).get("/api/v1/meetings/" + withPending).then().body("origin", equalTo("ACCEPTED_REQUEST"));
    }

    @Test
    void refusesAPairThatAlreadyMeetsASideThatIsBusyNonParticipantsAndAStartNoSlotHas() {
        TestMission m = TestMission.create(2, 2, MORNING, 2, 2);
        m.settings(0);
        UUID exporter = m.exporters().get(0);
        UUID other = m.exporters().get(1);
        m.acceptedRequest(exporter, m.buyers().get(0));
        m.acceptedRequest(other, m.buyers().get(1));
        Map<String, String> ids = m.schedule();
        String meeting = ids.get(exporter + "/" + m.buyers().get(0));
        Map<String, Object> held = as(Tokens.staff()).get("/api/v1/meetings/" + meeting).then().extract().jsonPath()
                .getMap("$");
        OffsetDateTime at = startOf(meeting);

        as(Tokens.staff()).body(body(exporter, m.buyers().get(0), at.plusMinutes(30))).post(m.path("meetings"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("move that meeting"));
        as(Tokens.staff()).body(body(exporter, m.buyers().get(1), at)).post(m.path("meetings")).then()
                .statusCode(409).body("detail", containsString("the exporter is in meeting " + meeting));
        String otherMeeting = ids.get(other + "/" + m.buyers().get(1));
        as(Tokens.staff()).body(body(exporter, m.buyers().get(1), startOf(otherMeeting))).post(m.path("meetings"))
                .then().statusCode(409).body("detail", containsString("the buyer is in meeting " + otherMeeting));
        as(Tokens.staff()).body(body(UUID.randomUUID(), m.buyers().get(1), at)).post(m.path("meetings")).then()
                .statusCode(422).body("detail", containsString("accepted exporter and a registered buyer"));
        as(Tokens.staff()).body(body(other, m.buyers().get(0), at.plusMinutes(10))).post(m.path("meetings")).then()
                .statusCode(422).body("detail", containsString("No slot"));
        assertEquals(held, as(Tokens.staff()).get("/api/v1/meetings/" + meeting).then().extract().jsonPath()
                .getMap("$"), "nothing changed");
        as(Tokens.staff()).get(m.path("schedule")).then().body("meetings", hasSize(2));
    }

    @Test
    void refusesAMeetingThatWouldTakeASidePastTheMissionsMaximumWhichARebuildWouldUndo() {
        TestMission m = TestMission.create(1, 3, MORNING, 4, 2);
        as(Tokens.staff()).body(Map.of("maxOpenRequests", 50, "recommendedPerParticipant", 0,
                "maxMeetingsPerParticipant", 2)).put(m.path("matching-settings")).then().statusCode(200);
        UUID exporter = m.exporters().get(0);
        m.acceptedRequest(exporter, m.buyers().get(0));
        m.acceptedRequest(exporter, m.buyers().get(1));
        m.schedule();
        as(Tokens.staff()).body(body(exporter, m.buyers().get(2), slot(MORNING.plusMinutes(90))))
                .post(m.path("meetings")).then().statusCode(409)
                .body("detail", containsString("The exporter already has the mission's maximum of 2 meetings"));
        as(Tokens.staff()).get(m.path("schedule")).then().body("meetings", hasSize(2));
    }

    @Test
    void aRequestTheBuildCouldNotPlaceLeavesTheUnplacedListOnceStaffArrangeIt() {
        TestMission m = TestMission.create(1, 2, MORNING, 1, 2);
        m.settings(0);
        UUID exporter = m.exporters().get(0);
        m.acceptedRequest(exporter, m.buyers().get(0));
        m.acceptedRequest(exporter, m.buyers().get(1));
        String placed = m.schedule().get(exporter + "/" + m.buyers().get(0));
        UUID waiting = placed == null ? m.buyers().get(0) : m.buyers().get(1);
        as(Tokens.staff()).get(m.path("schedule")).then().body("unplaced", hasSize(1))
                .body("unplaced[0].buyerId", equalTo(waiting.toString()));
        String calledOff = as(Tokens.staff()).get(m.path("schedule")).then().extract().path("meetings[0].id");
        as(Tokens.staff()).post("/api/v1/meetings/" + calledOff + "/cancellation").then().statusCode(200);

        as(Tokens.staff()).body(body(exporter, waiting, slot(MORNING))).post(m.path("meetings")).then()
                .statusCode(201);

        as(Tokens.staff()).get(m.path("schedule")).then().body("meetings", hasSize(1)).body("unplaced", hasSize(0));
        as(Tokens.buyer(waiting)).get(m.path("schedule")).then().body("unplaced", hasSize(0));
    }

    @Test
    void refusesATakenTableOrOneTheSessionLacksAndGivesTheFirstFreeOneWhenNoneIsAsked() {
        TestMission m = TestMission.create(2, 2, MORNING, 1, 2);
        m.settings(0);
        m.acceptedRequest(m.exporters().get(0), m.buyers().get(0));
        String first = m.schedule().get(m.exporters().get(0) + "/" + m.buyers().get(0));
        Integer table = as(Tokens.staff()).get("/api/v1/meetings/" + first).then().extract().path("table");
        Map<String, Object> body = body(m.exporters().get(1), m.buyers().get(1), slot(MORNING));
        body.put("table", table);
        as(Tokens.staff()).body(body).post(m.path("meetings")).then().statusCode(409)
                .body("detail", containsString("Table " + table + " is taken"));
        body.put("table", 3);
        as(Tokens.staff()).body(body).post(m.path("meetings")).then().statusCode(422)
                .body("detail", containsString("has 2 tables"));
        body.remove("table");
        as(Tokens.staff()).body(body).post(m.path("meetings")).then().statusCode(201)
                .body("table", equalTo(table == 1 ? 2 : 1));
    }

    @Test
    void aStartSeveralSessionsShareNeedsTheSessionAndAnOnlineSessionGivesARoom() {
        TestMission m = TestMission.create(1, 1, MORNING, 2, 2);
        m.settings(0);
        UUID online = UUID.randomUUID();
        m.events().session(online, "B2B en ligne", MORNING, 2, 30, null);
        Seed.mission(m.events(), "SessionAdded");
        m.schedule();
        Map<String, Object> body = body(m.exporters().get(0), m.buyers().get(0), slot(MORNING.plusMinutes(30)));

        as(Tokens.staff()).body(body).post(m.path("meetings")).then().statusCode(422)
                .body("detail", containsString("say which in sessionId"));
        body.put("sessionId", online.toString());
        body.put("table", 1);
        as(Tokens.staff()).body(body).post(m.path("meetings")).then().statusCode(422)
                .body("detail", containsString("is online"));
        body.remove("table");
        as(Tokens.staff()).body(body).post(m.path("meetings")).then().statusCode(201)
                .body("sessionId", equalTo(online.toString())).body("table", nullValue())
                .body("videoLink", containsString("meet.jit.si"));
    }

    @Test
    void onlyStaffArrangeOnceTheScheduleIsBuiltAndNeverInThePast() {
        TestMission m = TestMission.create(1, 1, MORNING, 2, 2);
        m.settings(0);
        Map<String, Object> body = body(m.exporters().get(0), m.buyers().get(0), slot(MORNING));
        as(Tokens.staff()).body(body).post(m.path("meetings")).then().statusCode(409)
                .body("detail", containsString("no schedule yet"));
        m.schedule();
        as(Tokens.exporter(m.exporters().get(0))).body(body).post(m.path("meetings")).then().statusCode(403);
        as(Tokens.buyer(m.buyers().get(0))).body(body).post(m.path("meetings")).then().statusCode(403);
        as(Tokens.staff()).body(body).post("/api/v1/missions/" + UUID.randomUUID() + "/meetings").then()
                .statusCode(404);
        Map<String, Object> noStart = new HashMap<>(body);
        noStart.remove("start");
        as(Tokens.staff()).body(noStart).post(m.path("meetings")).then().statusCode(400)
                .body("violations[0].field", equalTo("start"));
        as(Tokens.staff()).body(Map.of("exporterId", "ACME", "buyerId", m.buyers().get(0).toString(), "start",
                slot(MORNING).toString())).post(m.path("meetings")).then().statusCode(400);

        TestMission past = TestMission.create(1, 1, LocalDate.now().minusDays(1).atTime(9, 0), 2, 2);
        past.settings(0);
        past.schedule();
        as(Tokens.staff()).body(body(past.exporters().get(0), past.buyers().get(0),
                LocalDate.now().minusDays(1).atTime(9, 0).atZone(CASABLANCA).toOffsetDateTime()))
                .post(past.path("meetings")).then().statusCode(422).body("detail", containsString("has passed"));
    }

    @Test
    void twoPairsArrangedAtOnceAtTheLastFreeTableGetItOnce() throws Exception {
        TestMission m = TestMission.create(2, 2, MORNING, 1, 1);
        m.settings(0);
        m.schedule();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Map<String, Object> body = body(m.exporters().get(i), m.buyers().get(i), slot(MORNING));
                answers.add(pool.submit(() -> {
                    go.await();
                    return as(Tokens.staff()).body(body).post(m.path("meetings")).then().extract().statusCode();
                }));
            }
            go.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get(30, TimeUnit.SECONDS));
            }
            codes.sort(null);
            assertEquals(List.of(201, 409), codes);
        } finally {
            pool.shutdownNow();
        }
        as(Tokens.staff()).get(m.path("schedule")).then().body("meetings", hasSize(1))
                .body("meetings[0].table", equalTo(1));
    }

    private static Map<String, Object> body(UUID exporter, UUID buyer, OffsetDateTime start) {
        Map<String, Object> body = new HashMap<>();
        body.put("exporterId", exporter.toString());
        body.put("buyerId", buyer.toString());
        body.put("start", start.toString());
        return body;
    }

    private static OffsetDateTime startOf(String meetingId) {
        return OffsetDateTime.parse(as(Tokens.staff()).get("/api/v1/meetings/" + meetingId).then().statusCode(200)
                .extract().<String>path("start"));
    }

    private static OffsetDateTime slot(LocalDateTime local) {
        return local.atZone(CASABLANCA).toOffsetDateTime();
    }

    private static RequestSpecification as(String token) {
        return TestMission.as(token);
    }
}
