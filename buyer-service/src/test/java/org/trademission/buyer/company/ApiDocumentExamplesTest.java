package org.trademission.buyer.company;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.trademission.platform.testing.ApiDocument;
import org.trademission.platform.testing.CrmImportExamples;

/**
 * What a staff member gets by pressing "Try it out" in Swagger UI: the examples of the API document, sent as they
 * are, register a buyer and its sourcing interest and change both (only the ICE is drawn fresh: it is unique), and
 * import the CRM examples, as CSV and as JSON.
 */
@QuarkusTest
class ApiDocumentExamplesTest {
    private static final String BUYERS = "/api/v1/buyers";
    private static final String IMPORT = BUYERS + "/import";

    @Test
    void theDocumentsExamplesRegisterABuyerAndAnInterestAndPatchBoth() {
        ApiDocument document = ApiDocument.read();
        String buyer = document.schemaExample("BuyerRequest").put("ice", Ices.next()).toString();
        String id = Api.staff().body(buyer).post(BUYERS).then().statusCode(201)
                .body("displayName", equalTo("Plastiques du Maghreb")).extract().path("id");

        String buyerPatch = document.mergePatchExample(BUYERS + "/{id}").toString();
        Api.staff().contentType(ApiDocument.MERGE_PATCH).body(buyerPatch).patch(BUYERS + "/" + id)
                .then().statusCode(200).body("city", equalTo("Tanger")).body("website", nullValue())
                .body("languages", contains("fr", "ar", "en"));

        String interest = document.schemaExample("InterestRequest").toString();
        String interests = BUYERS + "/" + id + "/interests";
        String interestId = Api.staff().body(interest).post(interests).then().statusCode(201)
                .body("hsCode", equalTo("3901")).extract().path("id");

        var interestPatch = document.mergePatchExample(BUYERS + "/{buyerId}/interests/{interestId}");
        Api.staff().contentType(ApiDocument.MERGE_PATCH).body(interestPatch.toString())
                .patch(interests + "/" + interestId).then().statusCode(200)
                .body("neededBy", equalTo(interestPatch.get("neededBy").asText()))
                .body("quantity.amount", equalTo(80)).body("quantity.unit", equalTo("t"));
    }

    @Test
    void theCrmImportExamplesImportTwoBuyersEachAndChangeNothingTheSecondTime() {
        CrmImportExamples.importEachTwice(IMPORT, 2);
    }
}
