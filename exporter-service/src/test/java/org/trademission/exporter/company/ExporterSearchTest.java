package org.trademission.exporter.company;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class ExporterSearchTest {

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void findsByCyrillicTextInAnyCase() {
        String word = "Гравер" + unique();
        String id = Api.newExporter(ExporterJson.exporter().with("description", "Лазерный " + word).build());
        Api.staff().queryParam("q", word.toUpperCase()).get("/api/v1/exporters").then().statusCode(200)
                .body("items.id", contains(id)).body("total", equalTo(1));
        Api.staff().queryParam("q", word.toLowerCase()).get("/api/v1/exporters").then()
                .body("items.id", contains(id));
    }

    @Test
    void findsTextInsideAWordAsWellAsAtItsStart() {
        String tag = unique();
        String id = Api.newExporter(ExporterJson.exporter().with("description", "Фотополимерные" + tag + " смолы").build());
        Api.staff().queryParam("q", "полимерные" + tag).get("/api/v1/exporters").then().body("items.id", contains(id));
        Api.staff().queryParam("q", "фото").queryParam("size", 200).get("/api/v1/exporters").then()
                .body("items.id", hasItem(id));
        Api.staff().queryParam("q", "е" + tag.substring(0, 1)).queryParam("size", 200).get("/api/v1/exporters").then()
                .statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void pagesANarrowedSearchInTheRequestedOrderWithItsTotal() {
        String tag = "Paged" + unique();
        String c = Api.newExporter(ExporterJson.exporter().with("displayName", "C " + tag).build());
        String a = Api.newExporter(ExporterJson.exporter().with("displayName", "A " + tag).build());
        String b = Api.newExporter(ExporterJson.exporter().with("displayName", "B " + tag).build());
        Api.staff().queryParam("q", tag).queryParam("size", 2).get("/api/v1/exporters").then()
                .body("items.id", contains(a, b)).body("total", equalTo(3));
        Api.staff().queryParam("q", tag).queryParam("size", 2).queryParam("page", 1).get("/api/v1/exporters").then()
                .body("items.id", contains(c)).body("total", equalTo(3));
        Api.staff().queryParam("q", tag).queryParam("sort", "-displayName").queryParam("size", 2)
                .get("/api/v1/exporters").then().body("items.id", contains(c, b)).body("total", equalTo(3));
        Api.staff().queryParam("q", tag).queryParam("size", 2).queryParam("page", 5).get("/api/v1/exporters").then()
                .statusCode(200).body("items", empty()).body("total", equalTo(3));
    }

    @Test
    void readsPercentUnderscoreAndBackslashInTheTextAsThemselves() {
        String tag = unique();
        String literal = Api.newExporter(ExporterJson.exporter().with("description", "Скидка 50%_" + tag + "\\a")
                .build());
        String other = Api.newExporter(ExporterJson.exporter().with("description", "Скидка 500x" + tag + "\\a")
                .build());
        Api.staff().queryParam("q", "50%_" + tag).get("/api/v1/exporters").then().statusCode(200)
                .body("items.id", contains(literal)).body("total", equalTo(1));
        Api.staff().queryParam("q", "0%_" + tag + "\\a").get("/api/v1/exporters").then()
                .body("items.id", contains(literal));
        Api.staff().queryParam("q", "500x" + tag).get("/api/v1/exporters").then().body("items.id", contains(other));
    }

    @Test
    void findsNothingWhenNoExporterHoldsTheText() {
        Api.staff().queryParam("q", "nowhere-" + unique()).get("/api/v1/exporters").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void findsAnExporterByItsNewTextAndNoLongerByItsOldAfterAnUpdate() {
        String before = "Before" + unique();
        String after = "After" + unique();
        String id = Api.newExporter(ExporterJson.exporter().with("description", before).build());
        Map<String, Object> body = ExporterJson.exporter().with("description", after).build();
        body.put("inn", Api.staff().get("/api/v1/exporters/" + id).then().extract().path("inn"));
        Api.staff().body(body).put("/api/v1/exporters/" + id).then().statusCode(200);
        Api.staff().queryParam("q", after).get("/api/v1/exporters").then().body("items.id", contains(id));
        Api.staff().queryParam("q", before).get("/api/v1/exporters").then().body("total", equalTo(0));
    }

    @Test
    void findsEveryMatchWhenTheTextIsTooCommonToNarrowTheSearch() {
        String tag = unique();
        int rows = 520; // more than the 500 exporters a trigram may have and still narrow a search
        StringBuilder csv = new StringBuilder("legalName,displayName,inn,description\n");
        for (int i = 0; i < rows; i++) {
            csv.append("ООО Общий ").append(i).append(",Common ").append(i).append(',').append(Inns.company())
                    .append(",Общий-").append(tag).append('\n');
        }
        Api.as(Tokens.crm()).contentType("text/csv; charset=UTF-8").body(csv.toString())
                .post("/api/v1/exporters/import").then().statusCode(200).body("created", equalTo(rows));
        Api.staff().queryParam("q", "ОБЩИЙ-" + tag).queryParam("size", 50).get("/api/v1/exporters").then()
                .statusCode(200).body("total", equalTo(rows)).body("items.size()", equalTo(50));
        Api.staff().queryParam("q", "ОБЩИЙ-" + tag).queryParam("page", 10).queryParam("size", 50)
                .get("/api/v1/exporters").then().body("total", equalTo(rows)).body("items.size()", equalTo(20));
    }

    @Test
    void findsByProductNameAndHsPrefix() {
        String name = "Imprimante3D-" + unique();
        String id = Api.newExporter();
        Api.staff().body(Map.of("name", name, "hsCode", "847730")).post("/api/v1/exporters/" + id + "/products")
                .then().statusCode(201);
        Api.staff().queryParam("q", name.toLowerCase()).get("/api/v1/exporters").then().body("items.id", contains(id));
        Api.staff().queryParam("hsCode", "8477").queryParam("size", 200).get("/api/v1/exporters").then()
                .body("items.id", hasItem(id));
        Api.staff().queryParam("hsCode", "8456").queryParam("size", 200).get("/api/v1/exporters").then()
                .body("items.id", not(hasItem(id)));
        Api.staff().queryParam("hsCode", "77").get("/api/v1/exporters").then().statusCode(400)
                .body("violations.field", hasItem("hsCode"));
    }

    @Test
    void filtersByStatusLanguageAndCity() {
        String city = "Zelenograd-" + unique();
        String verified = Api.newVerifiedExporter(ExporterJson.exporter().with("city", city)
                .with("languages", List.of("ar", "fr")).build());
        String pending = Api.newExporter(ExporterJson.exporter().with("city", city).with("languages", List.of("ru"))
                .build());
        Api.staff().queryParam("city", city.toLowerCase()).queryParam("status", "VERIFIED").get("/api/v1/exporters")
                .then().body("items.id", contains(verified));
        Api.staff().queryParam("city", city).queryParam("language", "ru").get("/api/v1/exporters")
                .then().body("items.id", contains(pending));
        Api.staff().queryParam("city", city).queryParam("language", "AR").get("/api/v1/exporters")
                .then().body("items.id", contains(verified));
        Api.staff().queryParam("language", "rus").get("/api/v1/exporters").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("language"));
        Api.staff().queryParam("status", "NOPE").get("/api/v1/exporters").then().statusCode(400)
                .body("violations.field", hasItem("status"));
    }

    @Test
    void sortsStablyByRequestedFields() {
        String city = "Sortville-" + unique();
        String b = Api.newExporter(ExporterJson.exporter().with("city", city).with("displayName", "B").build());
        String a1 = Api.newExporter(ExporterJson.exporter().with("city", city).with("displayName", "A").build());
        String a2 = Api.newExporter(ExporterJson.exporter().with("city", city).with("displayName", "A").build());
        Api.staff().queryParam("city", city).queryParam("sort", "displayName,-createdAt").get("/api/v1/exporters")
                .then().body("items.id", contains(a2, a1, b));
        Api.staff().queryParam("city", city).queryParam("sort", "-displayName").queryParam("size", 1)
                .queryParam("page", 0).get("/api/v1/exporters").then().body("items.id", contains(b))
                .body("total", equalTo(3));
        Api.staff().queryParam("sort", "inn").get("/api/v1/exporters").then().statusCode(400)
                .body("violations.field", hasItem("sort"));
    }

    @Test
    void findsTextWhateverItsAccentsAsTypedOrLeftOut() {
        String tag = unique();
        String id = Api.newExporter(ExporterJson.exporter().with("description", "Pièces détachées " + tag
                + " pour l'Œuvre").build());
        Api.staff().queryParam("q", "pieces detachees " + tag).get("/api/v1/exporters").then().statusCode(200)
                .body("items.id", contains(id)).body("total", equalTo(1));
        Api.staff().queryParam("q", "DÉTACHÉES " + tag).get("/api/v1/exporters").then().body("items.id", contains(id));
        Api.staff().queryParam("q", "oeuvre").queryParam("size", 200).get("/api/v1/exporters").then()
                .body("items.id", hasItem(id));
    }

    @Test
    void filtersByCityWhateverItsAccents() {
        String tag = unique();
        String fes = Api.newExporter(ExporterJson.exporter().with("city", "Fès-" + tag).build());
        Api.staff().queryParam("city", "FES-" + tag).get("/api/v1/exporters").then().statusCode(200)
                .body("items.id", contains(fes));
        Api.staff().queryParam("city", "fès-" + tag).get("/api/v1/exporters").then().body("items.id", contains(fes));
    }

    @Test
    void sortsNamesAsAReaderDoesWhateverTheirCaseAndAccents() {
        String city = "Ordertown-" + unique();
        String zeta = Api.newExporter(ExporterJson.exporter().with("city", city).with("displayName", "Zeta").build());
        String electro = Api.newExporter(ExporterJson.exporter().with("city", city).with("displayName", "Électro")
                .build());
        String alpha = Api.newExporter(ExporterJson.exporter().with("city", city).with("displayName", "alpha")
                .build());
        String delta = Api.newExporter(ExporterJson.exporter().with("city", city).with("displayName", "Delta")
                .build());
        Api.staff().queryParam("city", city).get("/api/v1/exporters").then().statusCode(200)
                .body("items.id", contains(alpha, delta, electro, zeta));
        Api.staff().queryParam("city", city).queryParam("sort", "-displayName").get("/api/v1/exporters").then()
                .body("items.id", contains(zeta, electro, delta, alpha));
    }

    @Test
    void hidesSuspendedExportersAndContactsFromPartners() {
        String city = "Partnertown-" + unique();
        String visible = Api.newExporter(ExporterJson.exporter().with("city", city).build());
        String suspended = Api.newExporter(ExporterJson.exporter().with("city", city).build());
        Api.staff().body(Map.of("reason", "Expired certification")).post("/api/v1/exporters/" + suspended
                + "/suspension").then().statusCode(200).body("status", equalTo("SUSPENDED"));
        Api.as(Tokens.partner()).queryParam("city", city).get("/api/v1/exporters").then().statusCode(200)
                .body("items.id", contains(visible)).body("items[0].contacts", equalTo(null));
        Api.as(Tokens.partner()).get("/api/v1/exporters/" + suspended).then().statusCode(404);
        Api.staff().queryParam("city", city).get("/api/v1/exporters").then().body("total", equalTo(2));
    }

    @Test
    void showsEachFoundExporterAsItsOwnPageShowsIt() {
        String tag = "Same" + unique();
        String id = Api.newExporter(ExporterJson.exporter().with("description", "Лазерные станки " + tag)
                .with("certifications", List.of("ISO 9001", "ЕАС")).with("languages", List.of("ru", "fr")).build());
        Api.staff().body(Map.of("reason", "Expired certification")).post("/api/v1/exporters/" + id + "/suspension")
                .then().statusCode(200);
        Map<String, Object> own = Api.staff().get("/api/v1/exporters/" + id).then().statusCode(200).extract()
                .jsonPath().getMap("");
        Map<String, Object> narrowed = Api.staff().queryParam("q", tag).get("/api/v1/exporters").then()
                .statusCode(200).extract().jsonPath().getMap("items[0]");
        Map<String, Object> scanned = Api.staff().queryParam("status", "SUSPENDED").queryParam("size", 200)
                .queryParam("sort", "-createdAt").get("/api/v1/exporters").then().statusCode(200).extract()
                .jsonPath().getMap("items.find { it.id == '" + id + "' }");
        Assertions.assertEquals(own, narrowed);
        Assertions.assertEquals(own, scanned);
    }

    @Test
    void rejectsNonNumericPageWithProblem() {
        Api.staff().queryParam("page", "abc").get("/api/v1/exporters").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("page"));
    }

    @Test
    void rejectsOversizedPage() {
        Api.staff().queryParam("size", 201).get("/api/v1/exporters").then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("size"));
    }
}
