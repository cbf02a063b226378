package org.trademission.exporter.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.trademission.exporter.company.Api;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.Topics;
import org.trademission.platform.testing.EventProbe;
import org.trademission.platform.testing.ExporterEvents;
import org.trademission.platform.testing.Tokens;

@QuarkusTest
class ProductResourceTest {

    private static String products(String exporterId) {
        return "/api/v1/exporters/" + exporterId + "/products";
    }

    private static String addProduct(String exporterId, Map<String, Object> body) {
        return Api.staff().body(body).post(products(exporterId)).then().statusCode(201).extract().path("id");
    }

    @Test
    void addsProductWithHsChapterTitleAndMoney() {
        String exporter = Api.newExporter();
        Api.staff().body(ProductJson.product().build()).post(products(exporter)).then().statusCode(201)
                .body("hsCode", equalTo("8456110000"))
                .body("hsChapter.code", equalTo("84"))
                .body("hsChapter.title", equalTo("Nuclear reactors, boilers, machinery and mechanical appliances; "
                        + "parts thereof"))
                .body("priceRange.min.amount", equalTo("12500.00"))
                .body("priceRange.max.currency", equalTo("EUR"))
                .body("name", equalTo("Волоконный лазерный маркер FM-20"))
                .body("version", equalTo(1));
    }

    @Test
    void rejectsHsCodesOutsideRealChapters() {
        String exporter = Api.newExporter();
        for (String code : List.of("770000", "980000", "00112233", "84561", "8456ab", "84561100001")) {
            Api.staff().body(ProductJson.product().with("hsCode", code).build()).post(products(exporter)).then()
                    .statusCode(400).body("violations.field", hasItem("hsCode"));
        }
    }

    @Test
    void rejectsPriceRangeWithMinAboveMaxOrTwoCurrencies() {
        String exporter = Api.newExporter();
        Api.staff().body(ProductJson.product().with("priceRange", Map.of(
                "min", Map.of("amount", "200.00", "currency", "EUR"),
                "max", Map.of("amount", "100.00", "currency", "EUR"))).build())
                .post(products(exporter)).then().statusCode(400).body("violations.field",
                        hasItem("priceRange.max.amount"));
        Api.staff().body(ProductJson.product().with("priceRange", Map.of(
                "min", Map.of("amount", "100.00", "currency", "EUR"),
                "max", Map.of("amount", "200.00", "currency", "USD"))).build())
                .post(products(exporter)).then().statusCode(400).body("violations.field",
                        hasItem("priceRange.max.currency"));
    }

    @Test
    void rejectsNonPositiveMoqNegativeLeadTimeAndBadCurrency() {
        String exporter = Api.newExporter();
        Api.staff().body(ProductJson.product().with("moq", 0).with("leadTimeDays", -1).with("priceRange", Map.of(
                "min", Map.of("amount", "1.00", "currency", "XXY"),
                "max", Map.of("amount", "2.00", "currency", "XXY"))).build())
                .post(products(exporter)).then().statusCode(400)
                .body("violations.field", hasItem("moq"))
                .body("violations.field", hasItem("leadTimeDays"))
                .body("violations.field", hasItem("priceRange.min.currency"));
    }

    @Test
    void letsExporterManageOnlyItsOwnProducts() {
        String own = Api.newExporter();
        String other = Api.newExporter();
        String token = Tokens.exporter(UUID.fromString(own));
        Api.as(token).body(ProductJson.product().build()).post(products(own)).then().statusCode(201);
        Api.as(token).body(ProductJson.product().build()).post(products(other)).then().statusCode(403)
                .contentType("application/problem+json");
        Api.as(Tokens.partner()).body(ProductJson.product().build()).post(products(own)).then().statusCode(403);
        Api.as(Tokens.partner()).get(products(own)).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void updatesWithIfMatchAndRejectsStaleVersion() {
        String exporter = Api.newExporter();
        String product = addProduct(exporter, ProductJson.product().build());
        Api.staff().header("If-Match", "\"1\"").body(ProductJson.product().with("moq", 5).build())
                .put(products(exporter) + "/" + product).then().statusCode(200).body("version", equalTo(2))
                .header("ETag", "\"2\"");
        Api.staff().header("If-Match", "\"1\"").body(ProductJson.product().with("moq", 6).build())
                .put(products(exporter) + "/" + product).then().statusCode(412);
    }

    @Test
    void patchesSomeFieldsAndValidatesTheResult() {
        String exporter = Api.newExporter();
        String product = addProduct(exporter, ProductJson.product().build());
        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("leadTimeDays", 45))
                .patch(products(exporter) + "/" + product).then().statusCode(200)
                .body("leadTimeDays", equalTo(45)).body("moq", equalTo(1));
        Api.staff().contentType("application/merge-patch+json; charset=UTF-8").body(Map.of("hsCode", "770000"))
                .patch(products(exporter) + "/" + product).then().statusCode(400)
                .body("violations.field", hasItem("hsCode"));
    }

    @Test
    void listsProductsInTheOrderAddedOrByTheRequestedFields() {
        String exporter = Api.newExporter();
        String press = addProduct(exporter, ProductJson.product().with("name", "b press").with("hsCode", "8462110000")
                .with("leadTimeDays", 60).build());
        String marker = addProduct(exporter, ProductJson.product().with("name", "A marker").with("hsCode", "8456110000")
                .without("leadTimeDays").build());
        String printer = addProduct(exporter, ProductJson.product().with("name", "c printer")
                .with("hsCode", "8477800000").with("leadTimeDays", 30).build());
        Api.staff().get(products(exporter)).then().body("items.id", equalTo(List.of(press, marker, printer)));
        Api.staff().queryParam("sort", "name").get(products(exporter)).then()
                .body("items.id", equalTo(List.of(marker, press, printer)));
        Api.staff().queryParam("sort", "-hsCode").get(products(exporter)).then()
                .body("items.id", equalTo(List.of(printer, press, marker)));
        Api.staff().queryParam("sort", "leadTimeDays").queryParam("size", 2).get(products(exporter)).then()
                .body("items.id", equalTo(List.of(printer, press))).body("total", equalTo(3));
        Api.staff().queryParam("sort", "price").get(products(exporter)).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("sort"));
    }

    @Test
    void removesProductAndAnswersUnknownAfterwards() {
        String exporter = Api.newExporter();
        String product = addProduct(exporter, ProductJson.product().build());
        given().auth().oauth2(Tokens.staff()).delete(products(exporter) + "/" + product).then().statusCode(204);
        Api.staff().get(products(exporter) + "/" + product).then().statusCode(404)
                .contentType("application/problem+json");
        Api.staff().get(products(UUID.randomUUID().toString())).then().statusCode(404);
    }

    @Test
    void publishesProductEventsWithTheExportersHsCodesInSequence() {
        String exporter = Api.newExporter();
        String first = addProduct(exporter, ProductJson.product().build());
        addProduct(exporter, ProductJson.product().with("hsCode", "847730").with("name", "3D printer").build());
        given().auth().oauth2(Tokens.staff()).delete(products(exporter) + "/" + first).then().statusCode(204);

        List<ConsumerRecord<String, String>> records = EventProbe.await(Topics.EXPORTERS,
                r -> exporter.equals(r.key()), 4, Duration.ofSeconds(20));

        EventEnvelope added = ExporterEvents.read(records.get(2).value());
        EventEnvelope removed = ExporterEvents.read(records.get(3).value());
        assertEquals("ProductAdded", added.type());
        assertEquals(3, added.sequence());
        assertEquals(List.of("845611", "847730").size(), added.data().get("hsCodes").size());
        assertEquals("ProductRemoved", removed.type());
        assertEquals(4, removed.sequence());
        assertEquals(first, removed.data().get("productId").asText());
        assertEquals("847730", removed.data().get("hsCodes").get(0).asText());
    }

    @Test
    void servesHsChapters() {
        Api.staff().get("/api/v1/hs-chapters").then().statusCode(200).body("size()", equalTo(96));
        Api.staff().get("/api/v1/hs-chapters/39").then().statusCode(200)
                .body("title", equalTo("Plastics and articles thereof"));
        Api.staff().get("/api/v1/hs-chapters/77").then().statusCode(404);
        given().get("/api/v1/hs-chapters").then().statusCode(401);
    }
}
