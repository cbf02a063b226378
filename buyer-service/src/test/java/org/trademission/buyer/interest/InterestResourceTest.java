package org.trademission.buyer.interest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trademission.buyer.company.Api;
import org.trademission.buyer.company.BuyerJson;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class InterestResourceTest {

    @Test
    void addsReadsChangesAndRemovesAnInterest() {
        String buyer = Api.newBuyer();
        String id = Api.staff().body(InterestJson.interest().build()).post("/api/v1/buyers/" + buyer + "/interests")
                .then().statusCode(201).body("hsCode", equalTo("3901")).body("hsChapter.code", equalTo("39"))
                .body("hsChapter.title", containsString("Plastics")).body("quantity.amount", equalTo(120))
                .body("quantity.unit", equalTo("t")).body("budget.amount", equalTo("150000.00"))
                .body("active", equalTo(true)).body("version", equalTo(1)).extract().path("id");
        Api.staff().header("If-Match", "\"1\"").contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("active", false)).patch("/api/v1/buyers/" + buyer + "/interests/" + id).then()
                .statusCode(200).body("active", equalTo(false)).body("version", equalTo(2));
        Api.staff().header("If-Match", "\"1\"").body(InterestJson.interest().build())
                .put("/api/v1/buyers/" + buyer + "/interests/" + id).then().statusCode(412);
        Api.staff().queryParam("active", "true").get("/api/v1/buyers/" + buyer + "/interests").then()
                .body("total", equalTo(0));
        Api.staff().delete("/api/v1/buyers/" + buyer + "/interests/" + id).then().statusCode(204);
        Api.staff().get("/api/v1/buyers/" + buyer + "/interests/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        Api.staff().get("/api/v1/buyers/" + buyer).then().body("version", equalTo(4));
    }

    @Test
    void listsInterestsInTheOrderAddedOrByTheRequestedFields() {
        String buyer = Api.newBuyer();
        String interests = "/api/v1/buyers/" + buyer + "/interests";
        String late = add(interests, InterestJson.interest().with("hsCode", "3901")
                .with("neededBy", java.time.LocalDate.now().plusMonths(9).toString()).build());
        String undated = add(interests, InterestJson.interest().with("hsCode", "8456").without("neededBy").build());
        String soon = add(interests, InterestJson.interest().with("hsCode", "7308")
                .with("neededBy", java.time.LocalDate.now().plusMonths(2).toString()).build());
        Api.staff().get(interests).then().body("items.id", equalTo(java.util.List.of(late, undated, soon)));
        Api.staff().queryParam("sort", "neededBy").get(interests).then()
                .body("items.id", equalTo(java.util.List.of(soon, late, undated)));
        Api.staff().queryParam("sort", "-hsCode").queryParam("size", 2).get(interests).then()
                .body("items.id", equalTo(java.util.List.of(undated, soon))).body("total", equalTo(3));
        Api.staff().queryParam("sort", "budget").get(interests).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("sort"));
    }

    private static String add(String interests, Map<String, Object> body) {
        return Api.staff().body(body).post(interests).then().statusCode(201).extract().path("id");
    }

    @Test
    void acceptsHsPrefixesOfTwoToTenDigitsInRealChapters() {
        String buyer = Api.newBuyer();
        for (String code : List.of("39", "3901", "390110", "8456110000")) {
            Api.newInterest(buyer, InterestJson.interest().with("hsCode", code).build());
        }
        for (String code : List.of("3", "77", "7701", "00", "98", "39011000001", "39a1")) {
            Api.staff().body(InterestJson.interest().with("hsCode", code).build())
                    .post("/api/v1/buyers/" + buyer + "/interests").then().statusCode(400)
                    .body("violations.field", hasItem("hsCode"));
        }
    }

    @Test
    void refusesANeededByDateInThePastAndBadAmounts() {
        String buyer = Api.newBuyer();
        Api.staff().body(InterestJson.interest().with("neededBy", LocalDate.now().minusDays(3).toString()).build())
                .post("/api/v1/buyers/" + buyer + "/interests").then().statusCode(400)
                .body("violations.field", hasItem("neededBy"));
        Api.staff().body(InterestJson.interest().with("quantity", Map.of("amount", 0, "unit", "t")).build())
                .post("/api/v1/buyers/" + buyer + "/interests").then().statusCode(400)
                .body("violations.field", hasItem("quantity.amount"));
        Api.staff().body(InterestJson.interest().with("budget", Map.of("amount", "10.00", "currency", "XYZ"))
                .build()).post("/api/v1/buyers/" + buyer + "/interests").then().statusCode(400)
                .body("violations.field", hasItem("budget.currency"));
    }

    @Test
    void showsBudgetsToTheAgencyAndTheBuyerItselfOnly() {
        String buyer = Api.newBuyer();
        String id = Api.newInterest(buyer, InterestJson.interest().build());
        for (String token : List.of(Tokens.staff(), Tokens.crm(), Tokens.buyer(UUID.fromString(buyer)))) {
            given().auth().oauth2(token).get("/api/v1/buyers/" + buyer + "/interests/" + id).then().statusCode(200)
                    .body("budget", notNullValue());
        }
        for (String token : List.of(Tokens.partner(), Tokens.buyer(UUID.randomUUID()))) {
            given().auth().oauth2(token).get("/api/v1/buyers/" + buyer + "/interests/" + id).then().statusCode(200)
                    .body("budget", nullValue());
            given().auth().oauth2(token).get("/api/v1/buyers/" + buyer + "/interests").then().statusCode(200)
                    .body("items[0].budget", nullValue());
        }
        given().auth().oauth2(Tokens.exporter(UUID.randomUUID())).get("/api/v1/buyers/" + buyer + "/interests")
                .then().statusCode(403);
    }

    @Test
    void letsTheBuyerManageItsOwnInterestsOnly() {
        String buyer = Api.newBuyer();
        Api.as(Tokens.buyer(UUID.fromString(buyer))).body(InterestJson.interest().build())
                .post("/api/v1/buyers/" + buyer + "/interests").then().statusCode(201);
        Api.as(Tokens.buyer(UUID.randomUUID())).body(InterestJson.interest().build())
                .post("/api/v1/buyers/" + buyer + "/interests").then().statusCode(403);
        Api.as(Tokens.partner()).body(InterestJson.interest().build())
                .post("/api/v1/buyers/" + buyer + "/interests").then().statusCode(403);
    }

    @Test
    void listsTheMarketsActiveDemandByHsCodeAndCountry() {
        String tag = "D" + System.nanoTime();
        String moroccan = Api.newBuyer(BuyerJson.buyer().with("displayName", "Maroc " + tag).build());
        String senegalese = Api.newBuyer(BuyerJson.foreignBuyer().with("displayName", "Sénégal " + tag).build());
        String polymers = Api.newInterest(moroccan, InterestJson.interest().with("hsCode", "390110")
                .with("description", tag).build());
        Api.newInterest(senegalese, InterestJson.interest().with("hsCode", "3901").with("description", tag).build());
        String inactive = Api.newInterest(moroccan, InterestJson.interest().with("hsCode", "39")
                .with("description", tag).with("active", false).build());

        Api.staff().queryParams(Map.of("hsCode", "39", "country", "MA", "size", 200)).get("/api/v1/interests")
                .then().statusCode(200).body("items.interestId", hasItem(polymers))
                .body("items.interestId", not(hasItem(inactive)))
                .body("items.find { it.interestId == '" + polymers + "' }.buyerDisplayName", equalTo("Maroc " + tag))
                .body("items.find { it.interestId == '" + polymers + "' }.budget.amount", equalTo("150000.00"))
                .body("items.country", not(hasItem("SN")));
        given().auth().oauth2(Tokens.partner()).queryParams(Map.of("hsCode", "3901", "size", 200))
                .get("/api/v1/interests").then().statusCode(200).body("items.interestId", hasItem(polymers))
                .body("items.find { it.interestId == '" + polymers + "' }.budget", nullValue());
        given().auth().oauth2(Tokens.exporter(UUID.randomUUID())).get("/api/v1/interests").then().statusCode(403);
        given().auth().oauth2(Tokens.buyer(UUID.randomUUID())).get("/api/v1/interests").then().statusCode(403);
        Api.staff().queryParam("hsCode", "77").get("/api/v1/interests").then().statusCode(400)
                .body("violations[0].field", equalTo("hsCode"));
        Api.staff().queryParam("country", "Maroc").get("/api/v1/interests").then().statusCode(400)
                .body("violations[0].field", equalTo("country"));
    }

    @Test
    void sortsTheMarketsDemandAsAskedWithInterestsWithoutADateLast() {
        String tag = "S" + System.nanoTime();
        String zeta = Api.newBuyer(BuyerJson.buyer().with("displayName", "Zeta " + tag).build());
        String alpha = Api.newBuyer(BuyerJson.buyer().with("displayName", "Alpha " + tag).build());
        String march = Api.newInterest(zeta, InterestJson.interest().with("hsCode", "3901").with("description", tag)
                .with("neededBy", LocalDate.now().plusMonths(4).toString()).build());
        String january = Api.newInterest(alpha, InterestJson.interest().with("hsCode", "8456")
                .with("description", tag).with("neededBy", LocalDate.now().plusMonths(2).toString()).build());
        String undated = Api.newInterest(alpha, InterestJson.interest().with("hsCode", "9027")
                .with("description", tag).without("neededBy").build());
        String mine = "items.findAll { it.description == '" + tag + "' }.interestId";

        Api.staff().queryParams(Map.of("size", 200)).get("/api/v1/interests").then().statusCode(200)
                .body(mine, equalTo(List.of(march, january, undated)));
        Api.staff().queryParams(Map.of("sort", "neededBy", "size", 200)).get("/api/v1/interests").then()
                .statusCode(200).body(mine, equalTo(List.of(january, march, undated)));
        Api.staff().queryParams(Map.of("sort", "-neededBy", "size", 200)).get("/api/v1/interests").then()
                .statusCode(200).body(mine, equalTo(List.of(undated, march, january)));
        Api.staff().queryParams(Map.of("sort", "buyerDisplayName,-hsCode", "size", 200)).get("/api/v1/interests")
                .then().statusCode(200).body(mine, equalTo(List.of(undated, january, march)));
        Api.staff().queryParam("sort", "budget").get("/api/v1/interests").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("sort"));
    }

    @Test
    void summarisesDemandPerHsChapterWithItsTitle() {
        String buyer = Api.newBuyer(BuyerJson.foreignBuyer().with("country", "TN").with("city", "Sfax").build());
        Api.newInterest(buyer, InterestJson.interest().with("hsCode", "3901").build());
        Api.newInterest(buyer, InterestJson.interest().with("hsCode", "3920").build());
        Api.newInterest(buyer, InterestJson.interest().with("hsCode", "9027").build());

        given().auth().oauth2(Tokens.partner()).queryParam("country", "TN").get("/api/v1/interests/summary").then()
                .statusCode(200).body("find { it.chapter.code == '39' }.interests", equalTo(2))
                .body("find { it.chapter.code == '39' }.buyers", equalTo(1))
                .body("find { it.chapter.code == '39' }.chapter.title", containsString("Plastics"))
                .body("find { it.chapter.code == '90' }.interests", equalTo(1));
    }
}
