package org.trademission.exporter.crm;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.trademission.exporter.company.Api;
import org.trademission.exporter.company.ExporterJson;
import org.trademission.exporter.company.Inns;
import org.trademission.platform.event.Topics;
import org.trademission.platform.testing.EventProbe;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class ExporterCrmTest {

    @Test
    void upsertsByCrmIdAndChangesNothingOnTheSamePayload() {
        String crmId = "CRM-" + UUID.randomUUID();
        Map<String, Object> body = ExporterJson.exporter().build();
        String id = Api.as(Tokens.crm()).body(body).put("/api/v1/exporters/by-crm-id/" + crmId).then()
                .statusCode(201).body("crmId", equalTo(crmId)).body("version", equalTo(1)).extract().path("id");
        Api.as(Tokens.crm()).body(body).put("/api/v1/exporters/by-crm-id/" + crmId).then().statusCode(200)
                .body("id", equalTo(id)).body("version", equalTo(1));
        Map<String, Object> renamed = ExporterJson.exporter().with("inn", body.get("inn"))
                .with("displayName", "Renamed by CRM").build();
        Api.as(Tokens.crm()).body(renamed).put("/api/v1/exporters/by-crm-id/" + crmId).then().statusCode(200)
                .body("version", equalTo(2));

        var records = EventProbe.await(Topics.EXPORTERS, r -> id.equals(r.key()), 2, Duration.ofSeconds(20));
        assertEquals(2, records.size());
    }

    @Test
    void forbidsPartnerUpsertAndRejectsBadCrmId() {
        Api.as(Tokens.partner()).body(ExporterJson.exporter().build()).put("/api/v1/exporters/by-crm-id/X1").then()
                .statusCode(403);
        Api.as(Tokens.crm()).body(ExporterJson.exporter().build()).put("/api/v1/exporters/by-crm-id/bad id!").then()
                .statusCode(400);
    }

    @Test
    void importsCsvWithGoodAndBadRowsReportingEachRow() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String duplicateInn = Inns.company();
        String csv = "crmId,legalName,displayName,inn,ogrn,city,languages,contactName,contactEmail,contactPhone\n"
                + "C1-" + tag + ",ООО Один,One," + Inns.company() + ",,Москва,ru;en,Иван,ivan@one.example,+7 495 000-00-01\n"
                + "C2-" + tag + ",ООО Два,Two,7707083894,,Москва,ru,,,\n"
                + ",ООО Три,Three," + duplicateInn + ",,Тула,ru,,,\n"
                + ",ООО Три бис,Three bis," + duplicateInn + ",,Тула,ru,,,\n"
                + "C4-" + tag + ",,Four," + Inns.company() + ",,,xx,,,\n";
        Api.as(Tokens.crm()).contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/exporters/import").then()
                .statusCode(200)
                .body("total", equalTo(5)).body("created", equalTo(2)).body("rejected", equalTo(3))
                .body("rows[0].status", equalTo("created")).body("rows[0].id", notNullValue())
                .body("rows[1].status", equalTo("rejected")).body("rows[1].violations.field", hasItem("inn"))
                .body("rows[2].status", equalTo("created"))
                .body("rows[3].status", equalTo("rejected"))
                .body("rows[4].violations.field", hasItem("legalName"))
                .body("rows[4].violations.field", hasItem("languages[0]"));

        Api.as(Tokens.crm()).contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/exporters/import").then()
                .statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(2));
    }

    @Test
    void importsJsonArrayUpdatingByInnAndRejectingRowsThatConflict() {
        Map<String, Object> existing = ExporterJson.exporter().build();
        String existingId = Api.newExporter(existing);
        Map<String, Object> taken = ExporterJson.exporter().with("ogrn", Inns.ogrn()).build();
        Api.newExporter(taken);
        List<Object> rows = List.of(
                ExporterJson.exporter().with("inn", existing.get("inn")).with("displayName", "Updated").build(),
                ExporterJson.exporter().with("ogrn", taken.get("ogrn")).build(),
                "not an object",
                Map.of("legalName", "ООО", "displayName", "X", "inn", 12));
        Api.as(Tokens.staff()).body(rows).post("/api/v1/exporters/import").then().statusCode(200)
                .body("rows[0].status", equalTo("updated")).body("rows[0].id", equalTo(existingId))
                .body("rows[1].status", equalTo("rejected"))
                .body("rows[2].status", equalTo("rejected"))
                .body("rows[3].status", equalTo("rejected"));
        Api.staff().get("/api/v1/exporters/" + existingId).then().body("displayName", equalTo("Updated"));
    }

    @Test
    void rejectsALaterRowThatTakesTheOgrnOfAnEarlierRowOfTheSameImport() {
        String ogrn = Inns.ogrn();
        List<Object> rows = List.of(ExporterJson.exporter().with("ogrn", ogrn).build(),
                ExporterJson.exporter().with("displayName", "Between").build(),
                ExporterJson.exporter().with("ogrn", ogrn).build());
        Api.as(Tokens.crm()).body(rows).post("/api/v1/exporters/import").then().statusCode(200)
                .body("created", equalTo(2)).body("rejected", equalTo(1))
                .body("rows[2].status", equalTo("rejected"))
                .body("rows[2].violations[0].message", containsString("OGRN " + ogrn + " already exists"));
    }

    @Test
    void letsALaterRowTakeTheInnAnEarlierRowOfTheSameImportGaveUp() {
        String crmId = "MOVE-" + UUID.randomUUID().toString().substring(0, 8);
        String oldInn = Inns.company();
        String moved = Api.as(Tokens.crm()).body(ExporterJson.exporter().with("inn", oldInn).build())
                .put("/api/v1/exporters/by-crm-id/" + crmId).then().statusCode(201).extract().path("id");
        String newInn = Inns.company();
        List<Object> rows = List.of(ExporterJson.exporter().with("crmId", crmId).with("inn", newInn).build(),
                ExporterJson.exporter().with("inn", oldInn).with("displayName", "Took the old INN").build());

        String created = Api.as(Tokens.crm()).body(rows).post("/api/v1/exporters/import").then().statusCode(200)
                .body("rows[0].status", equalTo("updated")).body("rows[0].id", equalTo(moved))
                .body("rows[1].status", equalTo("created")).extract().path("rows[1].id");

        Api.staff().get("/api/v1/exporters/" + moved).then().body("inn", equalTo(newInn));
        Api.staff().get("/api/v1/exporters/" + created).then().body("inn", equalTo(oldInn))
                .body("displayName", equalTo("Took the old INN"));
    }

    @Test
    void updatesByInnAnExporterThatAnEarlierRowOfTheSameImportCreated() {
        String crmId = "FIRST-" + UUID.randomUUID().toString().substring(0, 8);
        String inn = Inns.company();
        List<Object> rows = List.of(ExporterJson.exporter().with("crmId", crmId).with("inn", inn).build(),
                ExporterJson.exporter().with("inn", inn).with("displayName", "Second row").build());

        List<String> ids = Api.as(Tokens.crm()).body(rows).post("/api/v1/exporters/import").then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1)).extract().path("rows.id");
        String id = ids.get(0);
        assertEquals(id, ids.get(1));

        Api.staff().get("/api/v1/exporters/" + id).then().body("crmId", equalTo(crmId))
                .body("displayName", equalTo("Second row")).body("version", equalTo(2));
    }

    @Test
    void importsRowsAcrossSeveralTransactionsAndFindsEachAgainOnTheSecondImport() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Object> rows = IntStream.rangeClosed(1, 250).mapToObj(i -> (Object) ExporterJson.exporter()
                .with("crmId", "BULK-" + tag + "-" + i).with("displayName", "Bulk " + tag + " " + i).build())
                .toList();
        List<String> ids = Api.as(Tokens.crm()).body(rows).post("/api/v1/exporters/import").then().statusCode(200)
                .body("created", equalTo(250)).extract().path("rows.id");
        assertEquals(250, Set.copyOf(ids).size());

        List<String> again = Api.as(Tokens.crm()).body(rows).post("/api/v1/exporters/import").then()
                .statusCode(200).body("unchanged", equalTo(250)).extract().path("rows.id");
        assertEquals(ids, again);
        Api.staff().queryParam("q", "Bulk " + tag).queryParam("size", 1).get("/api/v1/exporters").then()
                .body("total", equalTo(250));
    }

    @Test
    void importsCsvWithByteOrderMarkAndRejectsUnknownColumns() {
        String csv = "\uFEFFlegalName,displayName,inn\nООО BOM,BOM," + Inns.company() + "\n";
        Api.as(Tokens.crm()).contentType("text/csv; charset=UTF-8").body(csv).post("/api/v1/exporters/import").then()
                .statusCode(200).body("created", equalTo(1));
        Api.as(Tokens.crm()).contentType("text/csv; charset=UTF-8").body("name,inn\nX,7707083893\n")
                .post("/api/v1/exporters/import").then().statusCode(400).body("violations.field", hasItem("header"));
    }

    @Test
    void onlyCrmAndStaffImport() {
        Api.as(Tokens.partner()).body(List.of()).post("/api/v1/exporters/import").then().statusCode(403);
        Api.as(Tokens.crm()).body(Map.of("not", "array")).post("/api/v1/exporters/import").then().statusCode(400);
    }
}
