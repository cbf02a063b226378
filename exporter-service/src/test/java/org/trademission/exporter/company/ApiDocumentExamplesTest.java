package org.trademission.exporter.company;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.trademission.platform.testing.ApiDocument;
import org.trademission.platform.testing.CrmImportExamples;

/**
 * What a staff member gets by pressing "Try it out" in Swagger UI: the examples of the API document, sent as they
 * are, create an exporter and its product and change both (only the INN and OGRN are drawn fresh: they are unique),
 * and import the CRM examples, as CSV and as JSON.
 */
@QuarkusTest
class ApiDocumentExamplesTest {
    private static final String EXPORTERS = "/api/v1/exporters";
    private static final String IMPORT = EXPORTERS + "/import";

    @Test
    void theDocumentsExamplesCreateAnExporterAndAProductAndPatchBoth() {
        ApiDocument document = ApiDocument.read();
        String exporter = document.schemaExample("ExporterRequest").put("inn", Inns.company()).put("ogrn", Inns.ogrn())
                .toString();
        String id = Api.staff().body(exporter).post(EXPORTERS).then().statusCode(201)
                .body("displayName", equalTo("LaserTech")).extract().path("id");

        String exporterPatch = document.mergePatchExample(EXPORTERS + "/{id}").toString();
        Api.staff().contentType(ApiDocument.MERGE_PATCH).body(exporterPatch).patch(EXPORTERS + "/" + id)
                .then().statusCode(200).body("city", equalTo("Санкт-Петербург")).body("description", nullValue());

        String product = document.schemaExample("ProductRequest").toString();
        String products = EXPORTERS + "/" + id + "/products";
        String productId = Api.staff().body(product).post(products).then().statusCode(201)
                .body("hsCode", equalTo("8456110000")).extract().path("id");

        String productPatch = document.mergePatchExample(EXPORTERS + "/{exporterId}/products/{productId}").toString();
        Api.staff().contentType(ApiDocument.MERGE_PATCH).body(productPatch).patch(products + "/" + productId)
                .then().statusCode(200).body("leadTimeDays", equalTo(30)).body("moq", equalTo(2));
    }

    @Test
    void theCrmImportExamplesImportTwoExportersEachAndChangeNothingTheSecondTime() {
        CrmImportExamples.importEachTwice(IMPORT, 2);
    }
}
