package org.trademission.exporter.company;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.trademission.platform.web.MergePatch;

/**
 * What a staff member gets by pressing "Try it out" in Swagger UI: the examples of the API document, sent as they
 * are, create an exporter and its product and change both. Only the INN and OGRN are drawn fresh: they are unique.
 */
@QuarkusTest
class ApiDocumentExamplesTest {
    private static final String EXPORTERS = "/api/v1/exporters";
    // rest-assured would encode a type it does not know as ISO-8859-1; Swagger UI and every JSON client send UTF-8
    private static final String MERGE_PATCH = MergePatch.MEDIA_TYPE + "; charset=UTF-8";

    @Test
    void theDocumentsExamplesCreateAnExporterAndAProductAndPatchBoth() throws Exception {
        JsonNode document = new ObjectMapper().readTree(
                given().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        ObjectNode exporter = (ObjectNode) document.at("/components/schemas/ExporterRequest/examples/0");
        exporter.put("inn", Inns.company()).put("ogrn", Inns.ogrn());
        String id = Api.staff().body(exporter.toString()).post(EXPORTERS).then().statusCode(201)
                .body("displayName", equalTo("LaserTech")).extract().path("id");

        JsonNode exporterPatch = document.at(mergePatchExample(EXPORTERS + "/{id}"));
        Api.staff().contentType(MERGE_PATCH).body(exporterPatch.toString()).patch(EXPORTERS + "/" + id)
                .then().statusCode(200).body("city", equalTo("Санкт-Петербург")).body("description", nullValue());

        JsonNode product = document.at("/components/schemas/ProductRequest/examples/0");
        String products = EXPORTERS + "/" + id + "/products";
        String productId = Api.staff().body(product.toString()).post(products).then().statusCode(201)
                .body("hsCode", equalTo("8456110000")).extract().path("id");

        JsonNode productPatch = document.at(mergePatchExample(EXPORTERS + "/{exporterId}/products/{productId}"));
        Api.staff().contentType(MERGE_PATCH).body(productPatch.toString()).patch(products + "/" + productId)
                .then().statusCode(200).body("leadTimeDays", equalTo(30)).body("moq", equalTo(2));
    }

    private static String mergePatchExample(String path) {
        return "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/patch/requestBody/content/"
                + MergePatch.MEDIA_TYPE.replace("/", "~1") + "/example";
    }
}
