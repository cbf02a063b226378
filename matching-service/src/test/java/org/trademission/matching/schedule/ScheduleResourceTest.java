package org.trademission.matching.schedule;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
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
class ScheduleResourceTest {
    private static final LocalDateTime MORNING = LocalDateTime.of(2027, 3, 9, 9, 0);
    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    @Test
    void placesAcceptedRequestsWithoutCollisionsAndPublishesMeetingScheduled() {
        TestMission m = mission(2, 3, 4, 2);
        m.settings(0);
        for (UUID exporter : m.exporters()) {
            for (UUID buyer : m.buyers()) {
                m.acceptedRequest(exporter, buyer);
            }
        }
        JsonPath schedule = as(Tokens.staff()).post(m.path("schedule")).then().statusCode(200)
                .body("status", equalTo("READY")).body("meetings", hasSize(6)).body("unplaced", hasSize(0))
                .body("stats.requested", equalTo(6)).body("stats.placed", equalTo(6))
                .body("stats.upperBound", equalTo(6)).extract().jsonPath();
        assertInvariants(schedule, 2);
        assertTrue(schedule.getBoolean("stats.fairnessKept"));
        String meetingId = schedule.getString("meetings[0].id");
        List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.MATCHING,
                r -> meetingId.equals(r.key()), 1, Duration.ofSeconds(20));
        EventEnvelope scheduled = ExporterEvents.read(records.get(0).value());
        assertEquals("MeetingScheduled", scheduled.type());
        assertEquals(m.id().toString(), scheduled.data().get("missionId").asText());
        assertEquals("ACCEPTED_REQUEST", scheduled.data().get("origin").asText());
    }

    @Test
    void placesAcceptedBeforePendingRequestsWhenTheRoomIsShort() {
        TestMission m = mission(2, 2, 1, 1); // one slot, one table: one meeting at most
        m.settings(0);
        m.pendingRequest(m.exporters().get(0), m.buyers().get(0));
        m.acceptedRequest(m.exporters().get(1), m.buyers().get(1));
        as(Tokens.staff()).post(m.path("schedule")).then().statusCode(200).body("meetings", hasSize(1))
                .body("meetings[0].exporterId", equalTo(m.exporters().get(1).toString()))
                .body("meetings[0].origin", equalTo("ACCEPTED_REQUEST")).body("unplaced", hasSize(1))
                .body("unplaced[0].code", equalTo("NO_TABLE_LEFT")).body("stats.upperBound", equalTo(1));
    }

    @Test
    void reportsARequestWhoseBuyerIsUnavailableAllDayAsUnplacedWithAReason() {
        TestMission m = mission(1, 2, 3, 2);
        UUID away = m.buyers().get(1);
        m.events().unavailable(away, new PeriodData(MORNING.atZone(CASABLANCA).toOffsetDateTime(),
                MORNING.plusHours(8).atZone(CASABLANCA).toOffsetDateTime()));
        Seed.mission(m.events(), "BuyerRegistrationChanged");
        m.settings(0);
        m.acceptedRequest(m.exporters().get(0), m.buyers().get(0));
        m.acceptedRequest(m.exporters().get(0), away);
        as(Tokens.staff()).post(m.path("schedule")).then().statusCode(200).body("meetings", hasSize(1))
                .body("unplaced", hasSize(1)).body("unplaced[0].buyerId", equalTo(away.toString()))
                .body("unplaced[0].code", equalTo("NO_COMMON_FREE_SLOT"))
                .body("unplaced[0].reason", containsString("unavailable"));
    }

    @Test
    void addsTheBestRecommendationsWhenTheSettingAsksForThem() {
        TestMission m = mission(2, 2, 4, 2);
        m.settings(1);
        JsonPath schedule = as(Tokens.staff()).post(m.path("schedule")).then().statusCode(200).extract().jsonPath();
        List<String> origins = schedule.getList("meetings.origin");
        assertFalse(origins.isEmpty());
        assertTrue(origins.stream().allMatch("RECOMMENDATION"::equals));
        assertEquals(0, schedule.getInt("stats.requested"));
    }

    @Test
    void aRebuildKeepsPublishedMeetingsAndResetStartsOver() {
        TestMission m = mission(2, 2, 4, 2);
        m.settings(0);
        m.acceptedRequest(m.exporters().get(0), m.buyers().get(0));
        m.acceptedRequest(m.exporters().get(1), m.buyers().get(1));
        List<Map<String, Object>> first = as(Tokens.staff()).post(m.path("schedule")).then().statusCode(200)
                .extract().jsonPath().getList("meetings");
        m.acceptedRequest(m.exporters().get(0), m.buyers().get(1));
        List<Map<String, Object>> second = as(Tokens.staff()).post(m.path("schedule")).then().statusCode(200)
                .body("meetings", hasSize(3)).extract().jsonPath().getList("meetings");
        for (Map<String, Object> kept : first) {
            assertTrue(second.stream().anyMatch(s -> s.get("id").equals(kept.get("id"))
                    && s.get("start").equals(kept.get("start")) && s.get("table").equals(kept.get("table"))
                    && s.get("version").equals(kept.get("version"))), "kept in place: " + kept);
        }
        as(Tokens.staff()).post(m.path("schedule") + "?reset=true").then().statusCode(200)
                .body("meetings", hasSize(3));
        as(Tokens.staff()).post(m.path("schedule") + "?reset=maybe").then().statusCode(400);
    }

    @Test
    void aDeclinedPairLosesItsMeetingOnTheNextBuildWithMeetingCancelled() {
        TestMission m = mission(1, 1, 2, 1);
        m.settings(0);
        String request = m.acceptedRequest(m.exporters().get(0), m.buyers().get(0));
        String meetingId = as(Tokens.staff()).post(m.path("schedule")).then().statusCode(200)
                .extract().path("meetings[0].id");
        as(Tokens.staff()).body(Map.of("reason", "plus d'intérêt")).post(m.path("meeting-requests/" + request
                + "/cancel")).then().statusCode(200);
        as(Tokens.staff()).post(m.path("schedule")).then().statusCode(200).body("meetings", hasSize(0));
        List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.MATCHING,
                r -> meetingId.equals(r.key()), 2, Duration.ofSeconds(20));
        assertEquals("MeetingCancelled", ExporterEvents.read(records.get(1).value()).type());
        String ics = given().auth().oauth2(Tokens.buyer(m.buyers().get(0))).accept("text/calendar")
                .get(m.path("participants/" + m.buyers().get(0) + "/agenda")).then().statusCode(200).extract()
                .asString();
        assertTrue(ics.contains("UID:" + meetingId + AgendaCalendar.UID_DOMAIN), ics);
        assertTrue(ics.contains("STATUS:CANCELLED"), "a calendar client removes the cancelled meeting: " + ics);
        as(Tokens.buyer(m.buyers().get(0))).get(m.path("participants/" + m.buyers().get(0) + "/agenda")).then()
                .statusCode(200).body("meetings", hasSize(0)).body("cancelled", hasSize(1));
    }

    @Test
    void aMeetingWhoseSlotTheBuyerNoLongerHasMovesWithMeetingMovedAndItsCalendarSequenceRises() throws Exception {
        TestMission m = mission(1, 1, 3, 1);
        m.settings(0);
        UUID buyer = m.buyers().get(0);
        m.acceptedRequest(m.exporters().get(0), buyer);
        JsonPath first = as(Tokens.staff()).post(m.path("schedule")).then().statusCode(200)
                .body("meetings", hasSize(1)).extract().jsonPath();
        String meetingId = first.getString("meetings[0].id");
        OffsetDateTime start = OffsetDateTime.parse(first.getString("meetings[0].start"));
        OffsetDateTime end = OffsetDateTime.parse(first.getString("meetings[0].end"));
        m.events().unavailable(buyer, new PeriodData(start, end));
        Seed.mission(m.events(), "BuyerRegistrationChanged");

        JsonPath second = as(Tokens.staff()).post(m.path("schedule")).then().statusCode(200)
                .body("meetings", hasSize(1)).body("meetings[0].id", equalTo(meetingId)).extract().jsonPath();
        OffsetDateTime movedStart = OffsetDateTime.parse(second.getString("meetings[0].start"));
        OffsetDateTime movedEnd = OffsetDateTime.parse(second.getString("meetings[0].end"));
        boolean overlapsUnavailable = movedStart.isBefore(end) && movedEnd.isAfter(start);
        assertFalse(overlapsUnavailable, "moved out of the period the buyer cannot attend: " + movedStart);
        assertTrue(second.getInt("meetings[0].version") > first.getInt("meetings[0].version"));

        List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.MATCHING,
                r -> meetingId.equals(r.key()), 2, Duration.ofSeconds(20));
        assertEquals("MeetingScheduled", ExporterEvents.read(records.get(0).value()).type());
        EventEnvelope moved = ExporterEvents.read(records.get(1).value());
        assertEquals("MeetingMoved", moved.type());
        assertEquals(second.getInt("meetings[0].version"), moved.sequence());

        String ics = given().auth().oauth2(Tokens.buyer(buyer)).accept("text/calendar")
                .get(m.path("participants/" + buyer + "/agenda")).then().statusCode(200).extract().asString();
        VEvent event = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents("VEVENT").get(0);
        assertEquals(meetingId + AgendaCalendar.UID_DOMAIN, event.getUid().orElseThrow().getValue());
        assertEquals(second.getInt("meetings[0].version"), event.getSequence().getSequenceNo(),
                "a calendar client replaces the meeting it holds");
    }

    @Test
    void onlineSessionsGiveEachMeetingAVideoRoomInsteadOfATable() {
        TestMission m = mission(1, 2, 0, 0);
        m.events().session(UUID.randomUUID(), "Online B2B", MORNING, 3, 30, null);
        Seed.mission(m.events(), "SessionAdded");
        m.settings(0);
        m.acceptedRequest(m.exporters().get(0), m.buyers().get(0));
        m.acceptedRequest(m.exporters().get(0), m.buyers().get(1));
        JsonPath schedule = as(Tokens.staff()).post(m.path("schedule")).then().statusCode(200)
                .body("meetings", hasSize(2)).extract().jsonPath();
        for (int i = 0; i < 2; i++) {
            assertTrue(schedule.get("meetings[" + i + "].table") == null);
            assertTrue(schedule.getString("meetings[" + i + "].videoLink").contains(schedule.getString(
                    "meetings[" + i + "].id")));
        }
        assertEquals(0, schedule.getInt("stats.breaks"));
    }

    @Test
    void onlyStaffBuildsAndParticipantsSeeTheirOwnMeetings() {
        TestMission m = mission(2, 2, 3, 2);
        m.settings(0);
        m.acceptedRequest(m.exporters().get(0), m.buyers().get(0));
        m.acceptedRequest(m.exporters().get(1), m.buyers().get(1));
        as(Tokens.exporter(m.exporters().get(0))).post(m.path("schedule")).then().statusCode(403);
        as(Tokens.partner()).post(m.path("schedule")).then().statusCode(403);
        given().post(m.path("schedule")).then().statusCode(401);
        as(Tokens.staff()).get(m.path("schedule")).then().statusCode(404);
        as(Tokens.staff()).post(m.path("schedule")).then().statusCode(200);
        as(Tokens.exporter(m.exporters().get(0))).get(m.path("schedule")).then().statusCode(200)
                .body("meetings", hasSize(1)).body("meetings[0].exporterId", equalTo(m.exporters().get(0).toString()));
        as(Tokens.buyer(m.buyers().get(1))).get(m.path("schedule")).then().statusCode(200)
                .body("meetings", hasSize(1)).body("meetings[0].buyerId", equalTo(m.buyers().get(1).toString()));
        as(Tokens.partner()).get(m.path("schedule")).then().statusCode(200).body("meetings", hasSize(2));
        as(Tokens.staff()).post("/api/v1/missions/" + UUID.randomUUID() + "/schedule").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void refusesToBuildTheScheduleOfACancelledMission() {
        TestMission m = mission(1, 1, 2, 1);
        m.events().status("CANCELLED");
        Seed.mission(m.events(), "MissionStatusChanged");
        as(Tokens.staff()).post(m.path("schedule")).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theAgendaIsJsonOrAnICalendarThatCalendarClientsUpdateByUid() throws Exception {
        TestMission m = mission(1, 2, 4, 2);
        m.settings(0);
        m.acceptedRequest(m.exporters().get(0), m.buyers().get(0));
        m.acceptedRequest(m.exporters().get(0), m.buyers().get(1));
        as(Tokens.staff()).post(m.path("schedule")).then().statusCode(200);
        UUID exporter = m.exporters().get(0);
        JsonPath agenda = as(Tokens.exporter(exporter)).get(m.path("participants/" + exporter + "/agenda")).then()
                .statusCode(200).body("participantKind", equalTo("EXPORTER")).body("timezone",
                        equalTo("Africa/Casablanca")).body("meetings", hasSize(2)).extract().jsonPath();
        assertEquals(Set.of("Buyer 0 of " + m.tag(), "Buyer 1 of " + m.tag()),
                new HashSet<>(agenda.getList("meetings.counterpartName", String.class)));
        assertEquals("ru", agenda.getString("meetings[0].interpreterLanguage"));

        String ics = given().auth().oauth2(Tokens.exporter(exporter)).accept("text/calendar")
                .get(m.path("participants/" + exporter + "/agenda")).then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        Set<String> uids = new HashSet<>();
        for (VEvent event : events) {
            uids.add(event.getUid().orElseThrow().getValue());
            assertTrue(event.getSummary().getValue().contains("Buyer"));
            assertEquals("Africa/Casablanca", event.getDateTimeStart().getParameter("TZID").orElseThrow()
                    .getValue());
            assertTrue(event.getLocation().getValue().startsWith("Table "));
        }
        assertTrue(uids.contains(agenda.getString("meetings[0].meetingId") + AgendaCalendar.UID_DOMAIN));
        assertFalse(calendar.getComponents("VTIMEZONE").isEmpty());
        assertTrue(events.get(0).getDescription().getValue().contains("Interpreter: ru"));
    }

    @Test
    void exportersAndBuyersReadOnlyTheirOwnAgenda() {
        TestMission m = mission(1, 1, 2, 1);
        m.settings(0);
        m.acceptedRequest(m.exporters().get(0), m.buyers().get(0));
        as(Tokens.staff()).post(m.path("schedule")).then().statusCode(200);
        String path = m.path("participants/" + m.buyers().get(0) + "/agenda");
        as(Tokens.exporter(m.exporters().get(0))).get(path).then().statusCode(403);
        as(Tokens.buyer(UUID.randomUUID())).get(path).then().statusCode(403);
        as(Tokens.buyer(m.buyers().get(0))).get(path).then().statusCode(200).body("participantKind", equalTo("BUYER"))
                .body("meetings", hasSize(1));
        as(Tokens.partner()).get(path).then().statusCode(200);
        as(Tokens.staff()).get(m.path("participants/" + UUID.randomUUID() + "/agenda")).then().statusCode(404);
    }

    @Test
    void aLargeMissionBuildsInTheBackgroundWith202AndGetFollowsIt() {
        TestMission m = mission(5, 5, 8, 5);
        m.settings(5); // 25 candidate pairs, above the test's background threshold of 20
        as(Tokens.staff()).post(m.path("schedule")).then().statusCode(202).body("status", equalTo("BUILDING"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Tokens.staff()).get(m.path("schedule"))
                .then().statusCode(200).body("status", equalTo("READY")).body("stats.candidates", equalTo(25)));
        JsonPath schedule = as(Tokens.staff()).get(m.path("schedule")).then().extract().jsonPath();
        assertEquals(25, schedule.getInt("stats.placed"));
        assertInvariants(schedule, 5);
    }

    /** Nobody twice at once, no table twice at once, each pair once, every meeting inside a session slot. */
    private static void assertInvariants(JsonPath schedule, int tables) {
        List<Map<String, Object>> meetings = schedule.getList("meetings");
        Set<String> busy = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (Map<String, Object> meeting : meetings) {
            String start = (String) meeting.get("start");
            assertTrue(busy.add(meeting.get("exporterId") + "@" + start), "exporter twice at " + start);
            assertTrue(busy.add(meeting.get("buyerId") + "@" + start), "buyer twice at " + start);
            assertTrue(busy.add("table" + meeting.get("table") + "@" + start), "table twice at " + start);
            assertTrue(pairs.add(meeting.get("exporterId") + "/" + meeting.get("buyerId")), "pair twice");
            int table = (Integer) meeting.get("table");
            assertTrue(table >= 1 && table <= tables, "table " + table);
            LocalDateTime local = java.time.OffsetDateTime.parse(start).atZoneSameInstant(CASABLANCA)
                    .toLocalDateTime();
            assertTrue(!local.isBefore(MORNING) && local.getMinute() % 30 == 0, "inside a slot: " + local);
        }
    }

    private static RequestSpecification as(String token) {
        return TestMission.as(token);
    }

    private static TestMission mission(int exporters, int buyers, int slots, int tables) {
        return TestMission.create(exporters, buyers, MORNING, slots, tables);
    }
}
