package org.trademission.matching.schedule;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.trademission.matching.Seed;
import org.trademission.matching.TestMission;
import org.trademission.platform.event.Topics;
import org.trademission.platform.event.mission.MissionData;
import org.trademission.platform.testing.EventProbe;
import org.trademission.platform.testing.ExporterEvents;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class MootMeetingsTest {
    private static final LocalDateTime MORNING = LocalDateTime.of(2027, 3, 9, 9, 0);

    @Inject
    MootMeetings moot;

    @Inject
    ObjectMapper json;

    @Test
    void aBuyerWhoCancelsItsRegistrationLosesItsMeetingsAtOnceAndTheOthersKeepTheirs() {
        TestMission m = scheduledMission();
        UUID exporter = m.exporters().get(0);
        UUID leaving = m.buyers().get(0);
        Map<String, String> ids = m.schedule();
        Seed.mission(m.events().buyer(leaving, "CANCELLED", null), "BuyerRegistrationChanged");

        String gone = ids.get(exporter + "/" + leaving);
        as(Tokens.staff()).get("/api/v1/meetings/" + gone).then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("reason", equalTo("Cancelled: the buyer cancelled its registration"));
        as(Tokens.staff()).get("/api/v1/meetings/" + ids.get(exporter + "/" + m.buyers().get(1))).then()
                .body("status", equalTo("SCHEDULED")).body("version", equalTo(1));
        as(Tokens.staff()).get(m.path("participants/" + exporter + "/agenda")).then().statusCode(200)
                .body("meetings", hasSize(1)).body("cancelled", hasSize(1));
        List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.MATCHING,
                r -> gone.equals(r.key()), 2, Duration.ofSeconds(20));
        assertEquals("MeetingCancelled", ExporterEvents.read(records.get(1).value()).type());
    }

    @Test
    void aCancelledMissionCancelsEveryMeetingWhichNoRebuildCouldDo() {
        TestMission m = scheduledMission();
        m.schedule();
        m.events().status("CANCELLED");
        Seed.mission(m.events(), "MissionCancelled");
        as(Tokens.staff()).get(m.path("schedule")).then().statusCode(200).body("meetings", hasSize(0));
        as(Tokens.staff()).get(m.path("report")).then().statusCode(200).body("meetingsScheduled", equalTo(0));
    }

    @Test
    void anExporterNoLongerAcceptedLosesItsMeetings() {
        TestMission m = scheduledMission();
        Map<String, String> ids = m.schedule();
        Seed.mission(m.events().exporter(m.exporters().get(0), "WITHDRAWN"), "ApplicationWithdrawn");
        for (String id : ids.values()) {
            as(Tokens.staff()).get("/api/v1/meetings/" + id).then().body("status", equalTo("CANCELLED"))
                    .body("reason", equalTo("Cancelled: the exporter's application is WITHDRAWN"));
        }
    }

    @Test
    void anEventReplayedFromBeforeAMeetingWasPlacedLeavesTheMeeting() throws Exception {
        TestMission m = scheduledMission();
        Map<String, String> ids = m.schedule();
        MissionData gone = json.treeToValue(m.events().buyer(m.buyers().get(0), "CANCELLED", null)
                .next("BuyerRegistrationChanged").data(), MissionData.class);
        OffsetDateTime longAgo = OffsetDateTime.now().minusDays(1);
        QuarkusTransaction.requiringNew().run(() -> moot.cancel(gone, longAgo));
        for (String id : ids.values()) {
            as(Tokens.staff()).get("/api/v1/meetings/" + id).then().body("status", equalTo("SCHEDULED"));
        }
    }

    @Test
    void aMeetingThatHasStartedStaysWhenItsBuyerLeavesAfterwards() {
        TestMission m = scheduledMission(LocalDate.now().minusDays(1).atTime(9, 0));
        Map<String, String> ids = m.schedule();
        Seed.mission(m.events().buyer(m.buyers().get(0), "CANCELLED", null), "BuyerRegistrationChanged");
        for (String id : ids.values()) {
            as(Tokens.staff()).get("/api/v1/meetings/" + id).then().body("status", equalTo("SCHEDULED"));
        }
    }

    private static TestMission scheduledMission() {
        return scheduledMission(MORNING);
    }

    /** One exporter, two buyers, a meeting requested and accepted with each. */
    private static TestMission scheduledMission(LocalDateTime start) {
        TestMission m = TestMission.create(1, 2, start, 3, 2);
        m.settings(0);
        m.buyers().forEach(buyer -> m.acceptedRequest(m.exporters().get(0), buyer));
        return m;
    }

    private static RequestSpecification as(String token) {
        return TestMission.as(token);
    }
}
