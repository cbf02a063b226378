package org.trademission.matching.schedule;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.trademission.matching.Seed;
import org.trademission.matching.TestMission;
import org.trademission.matching.schedule.solver.SchedulingLimits;
import org.trademission.platform.event.Topics;
import org.trademission.platform.event.mission.PeriodData;
import org.trademission.platform.testing.EventProbe;
import org.trademission.platform.testing.ExporterEvents;
import org.trademission.platform.testing.Tokens;

/** Scheduled meetings follow the mission's sessions and the buyers' availability as the mission's events arrive. */
@QuarkusTest
class MeetingsFollowMissionTest {
    @Inject
    ScheduleService schedules;

    private static final LocalDateTime MORNING = LocalDateTime.of(2027, 3, 9, 9, 0);
    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    @Test
    void meetingsOfARemovedSessionMoveAtOnceToTheSessionThatReplacesItWithAVideoRoom() {
        TestMission m = scheduledMission();
        Map<String, String> ids = m.schedule();
        UUID hall = m.events().sessionIds().get(0);
        UUID online = UUID.randomUUID();
        m.events().session(online, "B2B en ligne", MORNING.plusDays(1), 3, 30, null).withoutSession(hall);
        Seed.mission(m.events(), "SessionDeleted");

        for (String id : ids.values()) {
            as(Tokens.staff()).get("/api/v1/meetings/" + id).then().statusCode(200)
                    .body("status", equalTo("SCHEDULED")).body("sessionId", equalTo(online.toString()))
                    .body("table", nullValue()).body("videoLink", startsWith("https://"))
                    .body("version", equalTo(2));
            List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.MATCHING,
                    r -> id.equals(r.key()), 2, Duration.ofSeconds(20));
            assertEquals("MeetingMoved", ExporterEvents.read(records.get(1).value()).type());
        }
        as(Tokens.staff()).get(m.path("schedule")).then().body("meetings", hasSize(2));
    }

    @Test
    void aSessionStartingLaterKeepsTheMeetingsWhoseSlotsItStillHas() {
        TestMission m = scheduledMission();
        Map<String, String> ids = m.schedule();
        UUID hall = m.events().sessionIds().get(0);
        String atNine = meetingAt(ids, MORNING);
        String atHalfPast = meetingAt(ids, MORNING.plusMinutes(30));
        m.events().session(hall, "B2B Casablanca", MORNING.plusMinutes(30), 3, 30, 2);
        Seed.mission(m.events(), "SessionChanged");

        as(Tokens.staff()).get("/api/v1/meetings/" + atHalfPast).then().body("version", equalTo(1));
        assertEquals(instant(MORNING.plusMinutes(30)), startOf(atHalfPast));
        as(Tokens.staff()).get("/api/v1/meetings/" + atNine).then().body("status", equalTo("SCHEDULED"))
                .body("version", equalTo(2));
        assertEquals(instant(MORNING.plusHours(1)), startOf(atNine), "09:00 is gone; 09:30 is the exporter's");
    }

    @Test
    void aMeetingInTheBuyersNewUnavailablePeriodMovesOrIsCancelledWhenNoSlotIsLeft() {
        TestMission m = scheduledMission();
        Map<String, String> ids = m.schedule();
        UUID exporter = m.exporters().get(0);
        UUID first = m.buyers().get(0);
        UUID second = m.buyers().get(1);
        m.events().unavailable(first, period(MORNING, MORNING.plusHours(2)));
        m.events().unavailable(second, period(MORNING, MORNING.plusMinutes(30)));
        Seed.mission(m.events(), "BuyerRegistrationChanged");

        as(Tokens.staff()).get("/api/v1/meetings/" + ids.get(exporter + "/" + first)).then()
                .body("status", equalTo("CANCELLED"))
                .body("reason", startsWith("Cancelled: the buyer cannot attend at 2027-03-09 "));
        String kept = ids.get(exporter + "/" + second);
        as(Tokens.staff()).get("/api/v1/meetings/" + kept).then().body("status", equalTo("SCHEDULED"));
        assertEquals(instant(MORNING.plusMinutes(30)), startOf(kept), "at 09:30, where it was or where the "
                + "cancelled meeting left the exporter free");
    }

    @Test
    void aBuyersNewInterpreterLanguageReachesItsMeetingsWhichKeepTheirSlots() {
        TestMission m = scheduledMission();
        Map<String, String> ids = m.schedule();
        UUID exporter = m.exporters().get(0);
        UUID buyer = m.buyers().get(0);
        String meeting = ids.get(exporter + "/" + buyer);
        Instant start = startOf(meeting);
        m.events().buyer(buyer, "CONFIRMED", "ar");
        Seed.mission(m.events(), "BuyerRegistrationChanged");

        as(Tokens.staff()).get("/api/v1/meetings/" + meeting).then().body("interpreterLanguage", equalTo("ar"))
                .body("version", equalTo(2)).body("status", equalTo("SCHEDULED"));
        assertEquals(start, startOf(meeting));
        as(Tokens.staff()).get("/api/v1/meetings/" + ids.get(exporter + "/" + m.buyers().get(1))).then()
                .body("interpreterLanguage", equalTo("ru")).body("version", equalTo(1));
        List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.MATCHING,
                r -> meeting.equals(r.key()), 2, Duration.ofSeconds(20));
        assertEquals("ar", ExporterEvents.read(records.get(1).value()).data().get("interpreterLanguage").asText());
    }

    @Test
    void aRebuildAfterwardsKeepsTheMeetingsWhereTheyWereMoved() {
        TestMission m = scheduledMission();
        Map<String, String> ids = m.schedule();
        UUID hall = m.events().sessionIds().get(0);
        UUID later = UUID.randomUUID();
        m.events().session(later, "B2B Rabat", MORNING.plusDays(1), 3, 30, 1).withoutSession(hall);
        Seed.mission(m.events(), "SessionDeleted");
        Map<String, Instant> moved = ids.values().stream().collect(Collectors.toMap(id -> id,
                MeetingsFollowMissionTest::startOf));
        assertEquals(Set.of(instant(MORNING.plusDays(1)), instant(MORNING.plusDays(1).plusMinutes(30))),
                Set.copyOf(moved.values()));

        Map<String, String> rebuilt = m.schedule();

        assertEquals(ids, rebuilt);
        rebuilt.values().forEach(id -> {
            as(Tokens.staff()).get("/api/v1/meetings/" + id).then().body("version", equalTo(2))
                    .body("table", equalTo(1));
            assertEquals(moved.get(id), startOf(id));
        });
    }

    @Test
    void aBuildThatEndsAfterTheMissionChangedStoresOnlyMeetingsThatStillFit() {
        TestMission m = scheduledMission();
        SchedulePlanner.Input before = QuarkusTransaction.requiringNew().call(() -> schedules.snapshot(m.id(), false));
        UUID leaving = m.buyers().get(0);
        UUID staying = m.buyers().get(1);
        UUID rabat = UUID.randomUUID();
        m.events().buyer(leaving, "CANCELLED", null)
                .session(rabat, "B2B Rabat", MORNING.plusDays(1), 3, 30, 1)
                .withoutSession(m.events().sessionIds().get(0));
        Seed.mission(m.events(), "SessionDeleted");

        SchedulePlanner.Plan plan = SchedulePlanner.plan(before, SchedulingLimits.service(Duration.ofSeconds(5)));
        assertEquals(2, plan.meetings().size(), "planned in the session that was since removed");
        QuarkusTransaction.requiringNew().run(() -> schedules.store(m.id(), plan));

        as(Tokens.staff()).get(m.path("schedule")).then().statusCode(200).body("status", equalTo("READY"))
                .body("meetings", hasSize(1)).body("meetings[0].buyerId", equalTo(staying.toString()))
                .body("meetings[0].sessionId", equalTo(rabat.toString())).body("meetings[0].table", equalTo(1));
    }

    private static String meetingAt(Map<String, String> ids, LocalDateTime start) {
        return ids.values().stream().filter(id -> instant(start).equals(startOf(id))).findFirst().orElseThrow();
    }

    private static Instant startOf(String meetingId) {
        return OffsetDateTime.parse(as(Tokens.staff()).get("/api/v1/meetings/" + meetingId).then().statusCode(200)
                .extract().<String>path("start")).toInstant();
    }

    private static Instant instant(LocalDateTime local) {
        return local.atZone(CASABLANCA).toInstant();
    }

    private static PeriodData period(LocalDateTime from, LocalDateTime to) {
        return new PeriodData(from.atZone(CASABLANCA).toOffsetDateTime(), to.atZone(CASABLANCA).toOffsetDateTime());
    }

    /** One exporter, two buyers, a meeting requested and accepted with each, three slots at two tables from 09:00. */
    private static TestMission scheduledMission() {
        TestMission m = TestMission.create(1, 2, MORNING, 3, 2);
        m.settings(0);
        m.buyers().forEach(buyer -> m.acceptedRequest(m.exporters().get(0), buyer));
        return m;
    }

    private static RequestSpecification as(String token) {
        return TestMission.as(token);
    }
}
