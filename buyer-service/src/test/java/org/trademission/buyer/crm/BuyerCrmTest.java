package org.trademission.buyer.crm;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trademission.buyer.company.Api;
import org.trademission.buyer.company.BuyerJson;
import org.trademission.buyer.company.Ices;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class BuyerCrmTest {

    @Test
    void upsertsByCrmIdCreatingThenUpdatingThenChangingNothing() {
        String crmId = "CRM-B-" + System.nanoTime();
        Map<String, Object> body = BuyerJson.buyer().build();
        String id = Api.as(Tokens.crm()).body(body).put("/api/v1/buyers/by-crm-id/" + crmId).then().statusCode(201)
                .body("crmId", equalTo(crmId)).extract().path("id");
        body.put("city", "Marrakech");
        Api.as(Tokens.crm()).body(body).put("/api/v1/buyers/by-crm-id/" + crmId).then().statusCode(200)
                .body("id", equalTo(id)).body("version", equalTo(2)).body("city", equalTo("Marrakech"));
        Api.as(Tokens.crm()).body(body).put("/api/v1/buyers/by-crm-id/" + crmId).then().statusCode(200)
                .body("version", equalTo(2));
        body.put("crmId", "OTHER");
        Api.as(Tokens.crm()).body(body).put("/api/v1/buyers/by-crm-id/" + crmId).then().statusCode(400)
                .body("violations[0].field", equalTo("crmId"));
        Api.as(Tokens.crm()).body(body).put("/api/v1/buyers/by-crm-id/bad%20id").then().statusCode(400);
    }

    @Test
    void importsCsvByCrmIdElseIceWithAReportPerRow() {
        String ice = Ices.next();
        String existing = Api.newBuyer(BuyerJson.buyer().with("ice", ice).build());
        String crmId = "CRM-IMP-" + System.nanoTime();
        String csv = "legalName,displayName,country,city,ice,taxId,languages,companySize,crmId,contactName,contactEmail\n"
                + "Optique Atlas SARL,Optique Atlas,MA,Rabat," + Ices.next() + ",,fr;ar,SMALL," + crmId
                + ",Salma Benali,s.benali@atlas.example.ma\n"
                + "Plastiques du Maghreb SARL,Renamed by import,MA,Casablanca," + ice + ",,fr,,,,\n"
                + "Sans ICE,Sans ICE,MA,Fès,,,fr,,,,\n"
                + "Dakar Sécurité,Dakar Sécurité,SN,Dakar,,SN-77,fr,HUGE,,,\n"
                + "Teranga Labs,Teranga Labs,SN,Dakar,,SN-78,fr,,,,\n";
        crm().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/buyers/import")
                .then().statusCode(200).body("total", equalTo(5)).body("created", equalTo(1))
                .body("updated", equalTo(1)).body("rejected", equalTo(3))
                .body("rows[1].id", equalTo(existing)).body("rows[2].violations.field", hasItem("ice"))
                .body("rows[3].violations.field", hasItem("companySize"))
                .body("rows[4].violations.field", hasItem("row"));
        Api.staff().get("/api/v1/buyers/" + existing).then().body("displayName", equalTo("Renamed by import"));
    }

    @Test
    void rejectsALaterRowThatTakesTheIceOfAnEarlierRowAndStoresTheOthersUnchangedOnTheSecondImport() {
        String ice = Ices.next();
        String tag = "CRM-DUP-" + System.nanoTime();
        List<Object> rows = List.of(BuyerJson.buyer().with("crmId", tag + "-1").with("ice", ice).build(),
                BuyerJson.buyer().with("crmId", tag + "-2").with("ice", ice).build(),
                BuyerJson.buyer().with("crmId", tag + "-3").build());

        Api.as(Tokens.crm()).body(rows).post("/api/v1/buyers/import").then().statusCode(200)
                .body("created", equalTo(2)).body("rejected", equalTo(1))
                .body("rows[1].violations[0].message", containsString("ICE " + ice + " already exists"));
        Api.as(Tokens.crm()).body(rows).post("/api/v1/buyers/import").then().statusCode(200)
                .body("unchanged", equalTo(2)).body("rejected", equalTo(1));
    }

    @Test
    void updatesByIceABuyerThatAnEarlierRowOfTheSameImportCreated() {
        String ice = Ices.next();
        String crmId = "CRM-FIRST-" + System.nanoTime();
        List<Object> rows = List.of(BuyerJson.buyer().with("crmId", crmId).with("ice", ice).build(),
                BuyerJson.buyer().with("ice", ice).with("city", "Tanger").build());

        List<String> ids = Api.as(Tokens.crm()).body(rows).post("/api/v1/buyers/import").then().statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(1)).extract().path("rows.id");

        assertEquals(ids.get(0), ids.get(1));
        Api.staff().get("/api/v1/buyers/" + ids.get(0)).then().body("crmId", equalTo(crmId))
                .body("city", equalTo("Tanger")).body("version", equalTo(2));
    }

    @Test
    void importsJsonArraysAndCsvInADeclaredCharset() {
        Map<String, Object> good = BuyerJson.buyer().with("crmId", "CRM-J-" + System.nanoTime()).build();
        Api.as(Tokens.crm()).body(List.of(good, Map.of("legalName", 5), "not an object"))
                .post("/api/v1/buyers/import").then().statusCode(200).body("created", equalTo(1))
                .body("rejected", equalTo(2)).body("rows[1].violations[0].field", equalTo("legalName"))
                .body("rows[2].violations[0].field", equalTo("row"));

        String arabic = "legalName,displayName,country,city,ice\nشركة الأطلس,الأطلس,MA,الرباط," + Ices.next() + "\n";
        crm().contentType("text/csv; charset=windows-1256").body(arabic.getBytes(Charset.forName("windows-1256")))
                .post("/api/v1/buyers/import").then().statusCode(200).body("created", equalTo(1));
        Api.staff().queryParam("q", "الأطلس").get("/api/v1/buyers").then().body("items.city", hasItem("الرباط"));
    }

    @Test
    void refusesAnUnknownColumnAndAMissingCountryColumn() {
        crm().contentType("text/csv").body("legalName,shoeSize\nA,42\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/buyers/import").then().statusCode(400).body("violations[0].field", equalTo("header"));
        crm().contentType("text/csv").body("legalName\nA\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/buyers/import").then().statusCode(400).body("violations[0].field", equalTo("header"));
    }

    private static RequestSpecification crm() {
        return given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false))).auth().oauth2(Tokens.crm());
    }
}
