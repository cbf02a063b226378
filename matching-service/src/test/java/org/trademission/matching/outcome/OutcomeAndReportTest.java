package org.trademission.matching.outcome;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.trademission.matching.TestMission;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.Topics;
import org.trademission.platform.testing.EventProbe;
import org.trademission.platform.testing.ExporterEvents;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class OutcomeAndReportTest {
    private static final LocalDateTime YESTERDAY = LocalDate.now().minusDays(1).atTime(9, 0);
    private static final LocalDateTime NEXT_YEAR = LocalDate.now().plusYears(1).atTime(9, 0);

    @Test
    void theExporterRecordsItsViewOnceTheMeetingStartedAndChangingItKeepsTheHistory() {
        Pair p = pair(YESTERDAY);
        TestMission.as(Tokens.exporter(p.exporter)).body(outcome(true, 4, "SAMPLES", "85000.00", "EUR"))
                .post(p.outcome()).then().statusCode(201).body("side", equalTo("EXPORTER"))
                .body("interest", equalTo(4)).body("estimatedValue.amount", equalTo("85000.00"));
        TestMission.as(Tokens.exporter(p.exporter)).body(outcome(true, 5, "QUOTE", "90000.00", "EUR"))
                .post(p.outcome()).then().statusCode(200).body("nextStep", equalTo("QUOTE")).body("version",
                        equalTo(2));
        TestMission.as(Tokens.buyer(p.buyer)).body(outcome(true, 3, "FOLLOW_UP", null, null)).post(p.outcome())
                .then().statusCode(201).body("side", equalTo("BUYER"));
        TestMission.as(Tokens.exporter(p.exporter)).get(p.path("outcome")).then().statusCode(200)
                .body("outcomes", hasSize(2)).body("meeting.id", equalTo(p.meeting));
        TestMission.as(Tokens.staff()).get(p.path("history")).then().statusCode(200).body("total", equalTo(3))
                .body("items[0].action", equalTo("MeetingOutcomeRecorded"));

        List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.MATCHING,
                r -> p.meeting.equals(r.key()) && r.value().contains("MeetingOutcomeRecorded"), 3,
                Duration.ofSeconds(20));
        EventEnvelope last = ExporterEvents.read(records.get(2).value());
        assertEquals("BUYER", last.data().get("side").asText());
        assertEquals(4, last.sequence()); // MeetingScheduled was 1
    }

    @Test
    void participantsCannotRecordBeforeTheMeetingStartsButStaffCan() {
        Pair p = pair(NEXT_YEAR);
        TestMission.as(Tokens.exporter(p.exporter)).body(outcome(true, 4, "SAMPLES", null, null)).post(p.outcome())
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("once it has started"));
        TestMission.as(Tokens.staff()).body(Map.of("attended", true, "interest", 4, "nextStep", "FOLLOW_UP",
                "side", "BUYER", "notes", "Reported by phone")).post(p.outcome()).then().statusCode(201)
                .body("side", equalTo("BUYER")).body("recordedBy", containsString("staff"));
        TestMission.as(Tokens.exporter(p.exporter)).body(Map.of("stage", "CONTACT_MADE")).post(p.path("follow-ups"))
                .then().statusCode(409);
    }

    @Test
    void anExporterCannotRecordForAMeetingItIsNotInNorSpeakForTheOtherSide() {
        Pair p = pair(YESTERDAY);
        TestMission.as(Tokens.exporter(UUID.randomUUID())).body(outcome(true, 4, "SAMPLES", null, null))
                .post(p.outcome()).then().statusCode(403);
        TestMission.as(Tokens.buyer(p.buyer)).body(Map.of("attended", true, "interest", 2, "nextStep", "NONE",
                "side", "EXPORTER")).post(p.outcome()).then().statusCode(403);
        TestMission.as(Tokens.partner()).body(outcome(true, 4, "SAMPLES", null, null)).post(p.outcome()).then()
                .statusCode(403);
        TestMission.as(Tokens.exporter(UUID.randomUUID())).get(p.path("outcome")).then().statusCode(403);
        given().contentType("application/json").body(outcome(true, 4, "SAMPLES", null, null)).post(p.outcome())
                .then().statusCode(401);
        TestMission.as(Tokens.staff()).body(outcome(true, 4, "SAMPLES", null, null))
                .post("/api/v1/meetings/" + UUID.randomUUID() + "/outcome").then().statusCode(404);
    }

    @Test
    void rejectsOutcomesThatBreakTheRules() {
        Pair p = pair(YESTERDAY);
        TestMission.as(Tokens.staff()).body(outcome(true, 6, "SAMPLES", null, null)).post(p.outcome()).then()
                .statusCode(400).body("violations[0].field", containsString("interest"));
        TestMission.as(Tokens.staff()).body(Map.of("attended", true, "nextStep", "SAMPLES")).post(p.outcome())
                .then().statusCode(400).body("violations[0].field", equalTo("interest"));
        TestMission.as(Tokens.staff()).body(Map.of("attended", false, "nextStep", "QUOTE")).post(p.outcome())
                .then().statusCode(422);
        TestMission.as(Tokens.staff()).body(Map.of("attended", true, "interest", 3)).post(p.outcome()).then()
                .statusCode(400);
        TestMission.as(Tokens.staff()).body(Map.of("attended", true, "interest", 3, "nextStep", "MAYBE"))
                .post(p.outcome()).then().statusCode(400);
        TestMission.as(Tokens.staff()).body(outcome(true, 3, "QUOTE", "-5.00", "EUR")).post(p.outcome()).then()
                .statusCode(400);
        TestMission.as(Tokens.staff()).body(outcome(true, 3, "QUOTE", "5.00", "XXY")).post(p.outcome()).then()
                .statusCode(400);
    }

    @Test
    void theLatestFollowUpIsTheMeetingsPipelineStage() {
        Pair p = pair(YESTERDAY);
        String today = LocalDate.now().toString();
        TestMission.as(Tokens.buyer(p.buyer)).body(Map.of("stage", "QUOTE_SENT", "date", today, "value",
                Map.of("amount", "92000.00", "currency", "EUR"))).post(p.path("follow-ups")).then().statusCode(201);
        TestMission.as(Tokens.crm()).body(Map.of("stage", "CONTACT_MADE", "date", LocalDate.now().minusDays(1)
                .toString())).post(p.path("follow-ups")).then().statusCode(201);
        TestMission.as(Tokens.staff()).get(p.path("outcome")).then().statusCode(200)
                .body("pipelineStage", equalTo("QUOTE_SENT")).body("followUps", hasSize(2));
        TestMission.as(Tokens.staff()).get(p.path("follow-ups")).then().statusCode(200)
                .body("stage", equalTo(List.of("QUOTE_SENT", "CONTACT_MADE")));
        TestMission.as(Tokens.staff()).queryParam("sort", "date").get(p.path("follow-ups")).then().statusCode(200)
                .body("stage", equalTo(List.of("CONTACT_MADE", "QUOTE_SENT")));
        TestMission.as(Tokens.staff()).queryParam("sort", "-recordedAt").get(p.path("follow-ups")).then()
                .body("stage", equalTo(List.of("CONTACT_MADE", "QUOTE_SENT")));
        TestMission.as(Tokens.staff()).queryParam("sort", "value").get(p.path("follow-ups")).then().statusCode(400)
                .body("violations[0].field", equalTo("sort"));
        TestMission.as(Tokens.staff()).body(Map.of("stage", "QUOTE_SENT", "date", LocalDate.now().plusDays(5)
                .toString())).post(p.path("follow-ups")).then().statusCode(400);
        TestMission.as(Tokens.staff()).body(Map.of("stage", "WON")).post(p.path("follow-ups")).then()
                .statusCode(400);
        List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.MATCHING,
                r -> p.meeting.equals(r.key()) && r.value().contains("FollowUpRecorded"), 2, Duration.ofSeconds(20));
        assertEquals("QUOTE_SENT", ExporterEvents.read(records.get(1).value()).data().get("pipelineStage")
                .asText());
    }

    @Test
    void theReportMatchesTheFiguresComputedByHandAndItsCsvReadsBack() throws Exception {
        TestMission m = TestMission.create(2, 2, YESTERDAY, 4, 2);
        m.settings(0);
        for (UUID exporter : m.exporters()) {
            for (UUID buyer : m.buyers()) {
                m.acceptedRequest(exporter, buyer);
            }
        }
        Map<String, String> meetings = m.schedule();
        UUID e0 = m.exporters().get(0);
        UUID e1 = m.exporters().get(1);
        UUID b0 = m.buyers().get(0);
        UUID b1 = m.buyers().get(1);
        // e0-b0: held, samples, 85,000 EUR; e0-b1: held, contract by follow-up, 12,000 USD;
        // e1-b0: no-show (agency); e1-b1: no outcome.
        record(meetings.get(e0 + "/" + b0), Tokens.exporter(e0), outcome(true, 4, "SAMPLES", "85000.00", "EUR"));
        record(meetings.get(e0 + "/" + b1), Tokens.buyer(b1), outcome(true, 5, "QUOTE", "9000.00", "USD"));
        TestMission.as(Tokens.staff()).body(Map.of("stage", "CONTRACT_SIGNED", "value", Map.of("amount",
                "12000.00", "currency", "USD"))).post("/api/v1/meetings/" + meetings.get(e0 + "/" + b1)
                        + "/follow-ups").then().statusCode(201);
        record(meetings.get(e1 + "/" + b0), Tokens.staff(), Map.of("attended", false, "nextStep", "NONE"));

        JsonPath report = TestMission.as(Tokens.partner()).get(m.path("report")).then().statusCode(200)
                .body("meetingsScheduled", equalTo(4)).body("meetingsHeld", equalTo(2)).body("leads", equalTo(2))
                .body("contractsSigned", equalTo(1)).body("noShows", equalTo(1))
                .body("meetingsWithoutOutcome", equalTo(1)).body("funnel.requested", equalTo(4))
                .body("pipelineValue", hasSize(2)).extract().jsonPath();
        assertEquals("85000.00", report.getString("pipelineValue.find { it.currency == 'EUR' }.amount"));
        assertEquals("12000.00", report.getString("pipelineValue.find { it.currency == 'USD' }.amount"));
        assertEquals(2, report.getInt("byExporter.find { it.id == '" + e0 + "' }.meetingsHeld"));
        assertEquals(1, report.getInt("byExporter.find { it.id == '" + e1 + "' }.noShows"));
        assertEquals(1, report.getInt("byBuyer.find { it.id == '" + b1 + "' }.contractsSigned"));
        assertEquals(Map.of("AGENCY", 1, "BUYER", 1, "EXPORTER", 1), report.getMap("outcomesBySide"));

        String csv = given().auth().oauth2(Tokens.staff()).accept("text/csv").get(m.path("report")).then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(5, rows.size());
        assertEquals("MISSION", rows.get(0).get("scope"));
        assertEquals("2", rows.get(0).get("meetingsHeld"));
        assertEquals("85000.00 EUR; 12000.00 USD", rows.get(0).get("pipelineValue"));
        Map<String, String> scopes = new HashMap<>();
        rows.forEach(r -> scopes.put(r.get("id"), r.get("scope")));
        assertEquals("EXPORTER", scopes.get(e0.toString()));
        assertEquals("BUYER", scopes.get(b1.toString()));

        TestMission.as(Tokens.exporter(e0)).get(m.path("report")).then().statusCode(403);
        TestMission.as(Tokens.staff()).get("/api/v1/missions/" + UUID.randomUUID() + "/report").then()
                .statusCode(404);
    }

    @Test
    void theCsvNeutralisesFormulasInNames() throws Exception {
        TestMission m = TestMission.create(1, 1, YESTERDAY, 2, 1);
        m.settings(0);
        m.acceptedRequest(m.exporters().get(0), m.buyers().get(0));
        m.schedule();
        // The buyer's display name comes from buyer-service; a hostile one must not become a formula.
        org.trademission.platform.testing.EventProbe.publish(Topics.BUYERS, m.buyers().get(0).toString(),
                ExporterEvents.json(org.trademission.platform.testing.BuyerEvents.event(m.buyers().get(0), 2,
                        "BuyerUpdated", "=HYPERLINK(\"http://evil\",\"x\")", true, List.of())));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> TestMission
                .as(Tokens.staff()).get("/api/v1/replicas/buyers/" + m.buyers().get(0)).then()
                .body("sequence", equalTo(2)));
        String csv = given().auth().oauth2(Tokens.staff()).accept("text/csv").get(m.path("report")).then()
                .statusCode(200).extract().asString();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertTrue(rows.stream().anyMatch(r -> r.get("name").equals("'=HYPERLINK(\"http://evil\",\"x\")")), csv);
    }

    @Test
    void resultsAcrossMissionsFilterByStartDateAndCountry() {
        TestMission m = TestMission.create(1, 1, YESTERDAY, 2, 1);
        m.settings(0);
        m.acceptedRequest(m.exporters().get(0), m.buyers().get(0));
        String meeting = m.schedule().values().iterator().next();
        record(meeting, Tokens.staff(), outcome(true, 5, "CONTRACT_SIGNED", "40000.00", "RUB"));
        LocalDate start = LocalDate.now().plusDays(60); // MissionEvents' start date
        JsonPath all = TestMission.as(Tokens.crm()).get("/api/v1/reports/missions?from=" + start + "&to=" + start
                + "&country=MA").then().statusCode(200).extract().jsonPath();
        assertTrue(all.getList("missions.missionId").contains(m.id().toString()));
        assertTrue(all.getInt("totals.contractsSigned") >= 1);
        TestMission.as(Tokens.crm()).get("/api/v1/reports/missions?country=FR").then().statusCode(200)
                .body("missions.missionId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(
                        m.id().toString())));
        TestMission.as(Tokens.staff()).get("/api/v1/reports/missions?from=2027-12-01&to=2027-01-01").then()
                .statusCode(400);
        TestMission.as(Tokens.staff()).get("/api/v1/reports/missions?from=yesterday").then().statusCode(400);
        TestMission.as(Tokens.buyer(m.buyers().get(0))).get("/api/v1/reports/missions").then().statusCode(403);

        List<Integer> contracts = TestMission.as(Tokens.crm()).get("/api/v1/reports/missions?sort=-contractsSigned")
                .then().statusCode(200).extract().jsonPath().getList("missions.contractsSigned", Integer.class);
        assertEquals(contracts.stream().sorted(java.util.Comparator.reverseOrder()).toList(), contracts);
        assertTrue(contracts.get(0) >= 1);
        TestMission.as(Tokens.crm()).get("/api/v1/reports/missions?sort=pipelineValue").then().statusCode(400)
                .body("violations[0].field", equalTo("sort"));
    }

    private static void record(String meeting, String token, Map<String, Object> body) {
        TestMission.as(token).body(body).post("/api/v1/meetings/" + meeting + "/outcome").then().statusCode(201);
    }

    private static Map<String, Object> outcome(boolean attended, Integer interest, String nextStep, String amount,
            String currency) {
        Map<String, Object> body = new HashMap<>();
        body.put("attended", attended);
        body.put("interest", interest);
        body.put("nextStep", nextStep);
        if (amount != null) {
            body.put("estimatedValue", Map.of("amount", amount, "currency", currency));
        }
        body.put("notes", "Интерес к лазерным граверам");
        return body;
    }

    private static Pair pair(LocalDateTime start) {
        TestMission m = TestMission.create(1, 1, start, 2, 1);
        m.settings(0);
        m.acceptedRequest(m.exporters().get(0), m.buyers().get(0));
        String meeting = m.schedule().values().iterator().next();
        return new Pair(meeting, m.exporters().get(0), m.buyers().get(0));
    }

    private record Pair(String meeting, UUID exporter, UUID buyer) {
        String path(String rest) {
            return "/api/v1/meetings/" + meeting + "/" + rest;
        }

        String outcome() {
            return path("outcome");
        }
    }
}
