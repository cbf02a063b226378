package org.trademission.mission.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trademission.mission.mission.Api;
import org.trademission.mission.mission.MissionJson;

@QuarkusTest
class SessionResourceTest {
    private static final LocalDate START = LocalDate.now().plusDays(60);

    @Test
    void addsASessionAndListsItsSlotsWithZonedTimes() {
        String mission = Api.openMission(MissionJson.mission().with("timezone", "Europe/Paris").build());
        String id = Api.staff().body(session("IN_PERSON", START, "09:00", "12:30", 30, 5, 7))
                .post("/api/v1/missions/" + mission + "/sessions").then().statusCode(201)
                .body("slotCount", equalTo(6)).body("tables", equalTo(7)).extract().path("id");
        given().get("/api/v1/missions/" + mission + "/sessions/" + id + "/slots").then().statusCode(200)
                .body("size()", equalTo(6)).body("[0].start", containsString(START + "T09:00"))
                .body("[1].start", containsString(START + "T09:35"));
        given().get("/api/v1/missions/" + mission + "/sessions").then().body("id", hasItem(id));
    }

    @Test
    void getsTheSlotsOfAClockChangeDayRight() {
        LocalDate change = nextSpringClockChange(); // Europe/Paris: 02:00 becomes 03:00
        String mission = Api.newMission(MissionJson.mission().with("timezone", "Europe/Paris")
                .with("startDate", change.toString()).with("endDate", change.plusDays(1).toString())
                .with("applicationDeadline", change.minusDays(10).toString()).build());
        String id = Api.staff().body(session("ONLINE", change, "01:00", "04:00", 30, 0, null))
                .post("/api/v1/missions/" + mission + "/sessions").then().statusCode(201)
                .body("slotCount", equalTo(4)).extract().path("id");
        Api.staff().get("/api/v1/missions/" + mission + "/sessions/" + id + "/slots").then().statusCode(200)
                .body("start", equalTo(List.of(change + "T01:00:00+01:00", change + "T01:30:00+01:00",
                        change + "T03:00:00+02:00", change + "T03:30:00+02:00")))
                .body("[3].end", equalTo(change + "T04:00:00+02:00"));
    }

    /** The last Sunday of March far enough ahead for a mission's application deadline ten days before it. */
    private static LocalDate nextSpringClockChange() {
        for (int year = LocalDate.now().getYear(); ; year++) {
            LocalDate change = LocalDate.of(year, 3, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
            if (change.minusDays(10).isAfter(LocalDate.now().plusDays(2))) {
                return change;
            }
        }
    }

    @Test
    void checksEveryRuleOfASession() {
        String mission = Api.openMission(MissionJson.mission().with("format", "IN_PERSON").build());
        String path = "/api/v1/missions/" + mission + "/sessions";
        invalid(path, session("IN_PERSON", START.minusDays(1), "09:00", "12:00", 30, 0, 5), "date");
        invalid(path, session("IN_PERSON", START, "12:00", "09:00", 30, 0, 5), "end");
        invalid(path, session("IN_PERSON", START, "09:00", "12:00", 5, 0, 5), "slotMinutes");
        invalid(path, session("IN_PERSON", START, "09:00", "12:00", 121, 0, 5), "slotMinutes");
        invalid(path, session("IN_PERSON", START, "09:00", "12:00", 30, -1, 5), "breakMinutes");
        invalid(path, session("IN_PERSON", START, "09:00", "12:00", 30, 0, null), "tables");
        invalid(path, session("IN_PERSON", START, "09:00", "12:00", 30, 0, 0), "tables");
        invalid(path, session("ONLINE", START, "09:00", "12:00", 30, 0, null), "format");
        invalid(path, session("IN_PERSON", START, "09:00", "09:20", 30, 0, 5), "slotMinutes");
        Api.staff().body(session("IN_PERSON", START, "09:00", "12:00", 30, 0, 5)).post(path).then().statusCode(201);
        Api.staff().body(session("IN_PERSON", START, "11:00", "13:00", 30, 0, 5)).post(path).then().statusCode(409)
                .body("detail", containsString("overlaps"));
    }

    @Test
    void letsAHybridMissionRunBothKindsAndOnlineSessionsHaveNoTables() {
        String mission = Api.openMission();
        String path = "/api/v1/missions/" + mission + "/sessions";
        Api.staff().body(session("IN_PERSON", START, "09:00", "12:00", 30, 0, 5)).post(path).then().statusCode(201);
        Api.staff().body(session("ONLINE", START, "09:00", "12:00", 20, 0, null)).post(path).then().statusCode(201);
        invalid(path, session("ONLINE", START.plusDays(1), "09:00", "12:00", 20, 0, 3), "tables");
    }

    @Test
    void changesAndRemovesASessionWithIfMatch() {
        String mission = Api.openMission();
        String path = "/api/v1/missions/" + mission + "/sessions";
        String id = Api.staff().body(session("IN_PERSON", START, "09:00", "12:00", 30, 0, 5)).post(path).then()
                .statusCode(201).extract().path("id");
        Api.staff().header("If-Match", "\"1\"").body(session("IN_PERSON", START, "14:00", "17:00", 30, 0, 8))
                .put(path + "/" + id).then().statusCode(200).body("tables", equalTo(8)).body("version", equalTo(2));
        Api.staff().header("If-Match", "\"1\"").delete(path + "/" + id).then().statusCode(412);
        Api.staff().delete(path + "/" + id).then().statusCode(204);
        Api.staff().get(path + "/" + id).then().statusCode(404);
    }

    @Test
    void listsSessionsByDateAndStartOrByTheRequestedFields() {
        String mission = Api.openMission();
        String path = "/api/v1/missions/" + mission + "/sessions";
        String secondDay = Api.staff().body(session("IN_PERSON", START.plusDays(1), "10:00", "12:00", 30, 0, 5))
                .post(path).then().statusCode(201).extract().path("id");
        String afternoon = Api.staff().body(session("ONLINE", START, "14:00", "17:00", 20, 0, null)).post(path)
                .then().statusCode(201).extract().path("id");
        String morning = Api.staff().body(session("IN_PERSON", START, "09:00", "12:00", 30, 0, 5)).post(path)
                .then().statusCode(201).extract().path("id");
        given().get(path).then().statusCode(200).body("id", equalTo(List.of(morning, afternoon, secondDay)));
        given().queryParam("sort", "-date,-start").get(path).then()
                .body("id", equalTo(List.of(secondDay, afternoon, morning)));
        given().queryParam("sort", "format,-start").get(path).then()
                .body("id", equalTo(List.of(secondDay, morning, afternoon)));
        given().queryParam("sort", "tables").get(path).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("sort"));
        given().queryParam("sort", "tables").get("/api/v1/missions/" + java.util.UUID.randomUUID() + "/sessions")
                .then().statusCode(400);
    }

    @Test
    void hidesTheSessionsOfADraftFromThePublic() {
        String draft = Api.newMission();
        Api.staff().body(session("IN_PERSON", START, "09:00", "12:00", 30, 0, 5)).post("/api/v1/missions/" + draft
                + "/sessions").then().statusCode(201);
        given().get("/api/v1/missions/" + draft + "/sessions").then().statusCode(404);
    }

    private static void invalid(String path, Map<String, Object> body, String field) {
        Api.staff().body(body).post(path).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    private static Map<String, Object> session(String format, LocalDate date, String start, String end,
            int slotMinutes, int breakMinutes, Integer tables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "B2B " + start);
        body.put("format", format);
        body.put("date", date.toString());
        body.put("start", start);
        body.put("end", end);
        body.put("slotMinutes", slotMinutes);
        body.put("breakMinutes", breakMinutes);
        if (tables != null) {
            body.put("tables", tables);
        }
        return body;
    }
}
