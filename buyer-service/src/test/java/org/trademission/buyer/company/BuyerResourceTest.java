package org.trademission.buyer.company;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.trademission.buyer.interest.InterestJson;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class BuyerResourceTest {

    @Test
    void registersMoroccanBuyerWithIceAndKeepsFrenchAndArabicText() {
        BuyerJson body = BuyerJson.buyer().with("legalName", "Société Chérifienne d'Emballage — الشركة الشريفة للتغليف");
        Api.staff().body(body.build()).post("/api/v1/buyers").then().statusCode(201)
                .header("Location", containsString("/api/v1/buyers/"))
                .body("ice", equalTo(body.ice())).body("country", equalTo("MA"))
                .body("legalName", equalTo("Société Chérifienne d'Emballage — الشركة الشريفة للتغليف"))
                .body("description", equalTo("Transformateur de polyéthylène — تحويل البلاستيك"))
                .body("buyerProgramme.enrolled", equalTo(false)).body("version", equalTo(1))
                .body("contacts[0].name", equalTo("Youssef El Amrani"));
    }

    @Test
    void requiresAnIceForMoroccoOnly() {
        invalid(BuyerJson.buyer().without("ice").build(), "ice", "required for a buyer in Morocco");
        invalid(BuyerJson.foreignBuyer().with("ice", Ices.next()).build(), "ice", "only for country MA");
        Api.staff().body(BuyerJson.foreignBuyer().build()).post("/api/v1/buyers").then().statusCode(201)
                .body("taxId", equalTo("SN-2024-889")).body("ice", nullValue());
    }

    @Test
    void refusesAnIceWithWrongControlDigits() {
        invalid(BuyerJson.buyer().with("ice", "001525432000022").build(), "ice", "divisible by 97");
        invalid(BuyerJson.buyer().with("ice", "00152543200002").build(), "ice", "15 digits");
    }

    @Test
    void refusesADuplicateIceNamingTheOtherBuyer() {
        BuyerJson body = BuyerJson.buyer();
        String first = Api.newBuyer(body.build());
        Api.staff().body(BuyerJson.buyer().with("ice", body.ice()).build()).post("/api/v1/buyers").then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString(first));
    }

    @Test
    void namesEveryViolation() {
        Api.staff().body(Map.of("country", "XX", "website", "ftp://x", "languages", List.of("xx")))
                .post("/api/v1/buyers").then().statusCode(400)
                .body("violations.field", hasItems("legalName", "displayName", "city", "country", "website",
                        "languages[0]"));
        invalid(BuyerJson.buyer().with("companySize", "HUGE").build(), "companySize",
                "must be one of MICRO, SMALL, MEDIUM, LARGE");
        invalid(BuyerJson.buyer().with("contacts", List.of(Map.of("name", "A", "email", "not-an-email",
                "phone", "12"))).build(), "contacts[0].email", "");
    }

    @Test
    void replacesWithIfMatchAndAnswers412OnAnotherVersion() {
        BuyerJson body = BuyerJson.buyer();
        String id = Api.newBuyer(body.build());
        Api.staff().header("If-Match", "\"1\"").body(body.with("city", "Tanger").build()).put("/api/v1/buyers/" + id)
                .then().statusCode(200).body("city", equalTo("Tanger")).body("version", equalTo(2))
                .header("ETag", containsString("2"));
        Api.staff().header("If-Match", "\"1\"").body(body.with("city", "Rabat").build()).put("/api/v1/buyers/" + id)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void twoReplacesWithTheSameIfMatchGiveOne200AndOne412() throws Exception {
        BuyerJson body = BuyerJson.buyer();
        String id = Api.newBuyer(body.build());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = List.of("Tanger", "Rabat").stream().map(city -> pool.submit(() -> {
                start.await();
                return Api.staff().header("If-Match", "\"1\"").body(BuyerJson.buyer().with("ice", body.ice())
                        .with("city", city).build()).put("/api/v1/buyers/" + id);
            })).toList();
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Response> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 412), statuses);
        } finally {
            pool.shutdownNow();
        }
        Api.staff().get("/api/v1/buyers/" + id).then().body("version", equalTo(2));
    }

    @Test
    void patchesSomeFields() {
        String id = Api.newBuyer();
        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("companySize", "LARGE"))
                .patch("/api/v1/buyers/" + id).then().statusCode(200).body("companySize", equalTo("LARGE"))
                .body("city", equalTo("Casablanca"));
        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("country", "FR"))
                .patch("/api/v1/buyers/" + id).then().statusCode(400).body("violations.field", hasItem("ice"));
    }

    @Test
    void enrolsAndWithdrawsFromTheProgrammeOnce() {
        String id = Api.newBuyer();
        Api.staff().post("/api/v1/buyers/" + id + "/programme-enrolment").then().statusCode(200)
                .body("buyerProgramme.enrolled", equalTo(true)).body("buyerProgramme.since", notNullValue());
        Api.staff().post("/api/v1/buyers/" + id + "/programme-enrolment").then().statusCode(409);
        Api.staff().body(Map.of("reason", "Activité suspendue")).post("/api/v1/buyers/" + id
                + "/programme-withdrawal").then().statusCode(200).body("buyerProgramme.enrolled", equalTo(false))
                .body("buyerProgramme.endReason", equalTo("Activité suspendue"));
        Api.staff().post("/api/v1/buyers/" + id + "/programme-withdrawal").then().statusCode(409);
        Api.staff().post("/api/v1/buyers/" + id + "/programme-enrolment").then().statusCode(200)
                .body("buyerProgramme.enrolled", equalTo(true));
    }

    @Test
    void keepsAnAuditTrailOfEveryChange() {
        String id = Api.newBuyer();
        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("city", "Agadir"))
                .patch("/api/v1/buyers/" + id).then().statusCode(200);
        Api.staff().post("/api/v1/buyers/" + id + "/programme-enrolment").then().statusCode(200);
        Api.newInterest(id, InterestJson.interest().build());
        Api.staff().get("/api/v1/buyers/" + id + "/history").then().statusCode(200).body("total", equalTo(4))
                .body("items[0].action", equalTo("InterestAdded"))
                .body("items[1].action", equalTo("BuyerEnrolled"))
                .body("items[2].changes.field", hasItem("city"))
                .body("items[2].changes.find { it.field == 'city' }.to", equalTo("Agadir"))
                .body("items[3].action", equalTo("BuyerRegistered"));
    }

    @Test
    void searchesByTextCountryCityLanguageSizeAndProgramme() {
        String tag = "Z" + System.nanoTime();
        String casablanca = Api.newBuyer(BuyerJson.buyer().with("displayName", "Emballages " + tag)
                .with("legalName", "مصنع التغليف " + tag).build());
        String dakar = Api.newBuyer(BuyerJson.foreignBuyer().with("displayName", "Sécurité " + tag)
                .with("languages", List.of("fr", "wo")).with("companySize", "SMALL").build());
        Api.staff().post("/api/v1/buyers/" + dakar + "/programme-enrolment").then().statusCode(200);

        search(Map.of("q", "التغليف " + tag.toLowerCase())).body("items.id", hasItem(casablanca));
        search(Map.of("q", "EMBALLAGES " + tag)).body("items.id", equalTo(List.of(casablanca)));
        search(Map.of("q", tag, "country", "sn")).body("items.id", equalTo(List.of(dakar)));
        search(Map.of("q", tag, "city", "casablanca")).body("items.id", equalTo(List.of(casablanca)));
        search(Map.of("q", tag, "language", "wo")).body("items.id", equalTo(List.of(dakar)));
        search(Map.of("q", tag, "language", "WO")).body("items.id", equalTo(List.of(dakar)));
        Api.staff().queryParam("language", "wolof").get("/api/v1/buyers").then().statusCode(400)
                .body("violations[0].field", equalTo("language"));
        search(Map.of("q", tag, "companySize", "SMALL")).body("items.id", equalTo(List.of(dakar)));
        search(Map.of("q", tag, "enrolled", "true")).body("items.id", equalTo(List.of(dakar)));
        search(Map.of("q", tag, "enrolled", "false")).body("items.id", equalTo(List.of(casablanca)));
        search(Map.of("q", tag, "sort", "-displayName")).body("items.id", equalTo(List.of(dakar, casablanca)));
    }

    @Test
    void searchesFiltersAndSortsWhateverTheAccentsAndCase() {
        String tag = "f" + System.nanoTime();
        String societe = Api.newBuyer(BuyerJson.buyer().with("displayName", "Société " + tag)
                .with("city", "Salé").build());
        String atlas = Api.newBuyer(BuyerJson.buyer().with("displayName", "atlas " + tag).with("city", "Salé")
                .build());
        String zagora = Api.newBuyer(BuyerJson.buyer().with("displayName", "Zagora " + tag).with("city", "Salé")
                .build());
        String eclat = Api.newBuyer(BuyerJson.buyer().with("displayName", "Éclat " + tag).with("city", "Salé")
                .build());

        search(Map.of("q", "societe " + tag)).body("items.id", equalTo(List.of(societe)));
        search(Map.of("q", "SOCIÉTÉ " + tag)).body("items.id", equalTo(List.of(societe)));
        search(Map.of("q", tag, "city", "sale")).body("items.id", equalTo(List.of(atlas, eclat, societe, zagora)));
        search(Map.of("q", tag, "sort", "-displayName"))
                .body("items.id", equalTo(List.of(zagora, societe, eclat, atlas)));
    }

    @Test
    void showsEachFoundBuyerAsItsOwnPageShowsIt() {
        String tag = "same" + System.nanoTime();
        String id = Api.newBuyer(BuyerJson.buyer().with("description", "Emballages " + tag).build());
        Api.staff().post("/api/v1/buyers/" + id + "/programme-enrolment").then().statusCode(200);
        Api.staff().body(Map.of("reason", "Activité suspendue")).post("/api/v1/buyers/" + id
                + "/programme-withdrawal").then().statusCode(200);
        Map<String, Object> own = Api.staff().get("/api/v1/buyers/" + id).then().statusCode(200).extract()
                .jsonPath().getMap("");
        Map<String, Object> narrowed = search(Map.of("q", tag)).extract().jsonPath().getMap("items[0]");
        Map<String, Object> scanned = search(Map.of("enrolled", "false", "size", "200", "sort", "-createdAt"))
                .extract().jsonPath().getMap("items.find { it.id == '" + id + "' }");
        assertEquals(own, narrowed);
        assertEquals(own, scanned);
    }

    @Test
    void searchFindsTextInsideAWordAndFollowsAnUpdate() {
        String tag = "w" + System.nanoTime();
        BuyerJson body = BuyerJson.buyer().with("description", "Thermoformage" + tag + " des plastiques");
        String id = Api.newBuyer(body.build());
        search(Map.of("q", "FORMAGE" + tag)).body("items.id", equalTo(List.of(id))).body("total", equalTo(1));
        search(Map.of("q", "nowhere-" + tag)).body("items", equalTo(List.of())).body("total", equalTo(0));

        Api.staff().header("If-Match", "\"1\"").body(body.with("description", "Extrusion" + tag).build())
                .put("/api/v1/buyers/" + id).then().statusCode(200);
        search(Map.of("q", "trusion" + tag)).body("items.id", equalTo(List.of(id)));
        search(Map.of("q", "formage" + tag)).body("total", equalTo(0));
    }

    @Test
    void searchFindsEveryMatchWhenTheTextIsTooCommonToNarrowIt() {
        String tag = "c" + System.nanoTime();
        int rows = 520; // more than the 500 buyers a trigram may have and still narrow a search
        StringBuilder csv = new StringBuilder("legalName,displayName,country,city,ice,description\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Commun ").append(i).append(" SARL,Commun ").append(i).append(",MA,Casablanca,")
                    .append(Ices.next()).append(",Commun-").append(tag).append('\n');
        }
        Api.as(Tokens.crm()).contentType("text/csv; charset=UTF-8").body(csv.toString()).post("/api/v1/buyers/import")
                .then().statusCode(200).body("created", equalTo(rows));
        search(Map.of("q", "COMMUN-" + tag, "size", "50")).body("total", equalTo(rows))
                .body("items.size()", equalTo(50));
        search(Map.of("q", "commun-" + tag, "size", "50", "page", "10")).body("items.size()", equalTo(20));
    }

    @Test
    void searchesByHsCodeThroughActiveInterestsBothWaysOfTheHierarchy() {
        String tag = "H" + System.nanoTime();
        String plastics = Api.newBuyer(BuyerJson.buyer().with("displayName", "All plastics " + tag).build());
        Api.newInterest(plastics, InterestJson.interest().with("hsCode", "39").build());
        String polyethylene = Api.newBuyer(BuyerJson.buyer().with("displayName", "Polyethylene " + tag).build());
        Api.newInterest(polyethylene, InterestJson.interest().with("hsCode", "390110").build());
        String lasers = Api.newBuyer(BuyerJson.buyer().with("displayName", "Lasers " + tag).build());
        String inactive = Api.newInterest(lasers, InterestJson.interest().with("hsCode", "8456").build());
        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("active", false))
                .patch("/api/v1/buyers/" + lasers + "/interests/" + inactive).then().statusCode(200);

        search(Map.of("q", tag, "hsCode", "3901")).body("items.id", equalTo(List.of(plastics, polyethylene)));
        search(Map.of("q", tag, "hsCode", "39")).body("items.id", equalTo(List.of(plastics, polyethylene)));
        search(Map.of("q", tag, "hsCode", "84")).body("items.id", equalTo(List.of()));
    }

    @Test
    void refusesBadQueryParametersWith400() {
        for (Map<String, String> bad : List.of(Map.of("page", "x"), Map.of("size", "0"), Map.of("sort", "ice"),
                Map.of("sort", ","), Map.of("country", "XX"), Map.of("hsCode", "77"), Map.of("enrolled", "yes"),
                Map.of("companySize", "HUGE"))) {
            Api.staff().queryParams(bad).get("/api/v1/buyers").then().statusCode(400)
                    .contentType("application/problem+json").body("violations.field",
                            hasItem(bad.keySet().iterator().next()));
        }
    }

    @Test
    void answersUnknownBuyerWith404() {
        Api.staff().get("/api/v1/buyers/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        Api.staff().get("/api/v1/buyers/not-a-uuid").then().statusCode(404);
    }

    @Test
    void replaysACreationWithTheSameIdempotencyKey() {
        Map<String, Object> body = BuyerJson.buyer().build();
        String first = Api.staff().header("Idempotency-Key", "buyer-" + body.get("ice")).body(body)
                .post("/api/v1/buyers").then().statusCode(201).extract().path("id");
        Api.staff().header("Idempotency-Key", "buyer-" + body.get("ice")).body(body).post("/api/v1/buyers").then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        body.put("city", "Fès");
        Api.staff().header("Idempotency-Key", "buyer-" + body.get("ice")).body(body).post("/api/v1/buyers").then()
                .statusCode(422);
    }

    private static io.restassured.response.ValidatableResponse search(Map<String, String> query) {
        return Api.staff().queryParams(query).get("/api/v1/buyers").then().statusCode(200);
    }

    private static void invalid(Map<String, Object> body, String field, String message) {
        Api.staff().body(body).post("/api/v1/buyers").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem(field))
                .body("violations.message", hasItem(containsString(message)));
    }
}
