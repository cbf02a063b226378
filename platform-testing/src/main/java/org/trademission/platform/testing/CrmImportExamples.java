package org.trademission.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;

/** The CRM import examples of a service's API document, sent as Swagger UI sends them. */
public final class CrmImportExamples {
    private CrmImportExamples() {
    }

    /**
     * Sends the CSV and the JSON example of {@code POST path} twice each, as the CRM: the first time no row is
     * rejected, the second time all {@code rows} are unchanged (an import is an upsert).
     */
    public static void importEachTwice(String path, int rows) {
        ApiDocument document = ApiDocument.read();
        String csv = document.requestBodyText("post", path, "text/csv");
        String json = document.requestBodyText("post", path, ContentType.JSON.toString());
        for (String[] body : new String[][] {{"text/csv; charset=UTF-8", csv}, {ContentType.JSON.toString(), json}}) {
            given().auth().oauth2(Tokens.crm()).contentType(body[0]).body(body[1]).post(path).then().statusCode(200)
                    .body("total", equalTo(rows)).body("rejected", equalTo(0));
            given().auth().oauth2(Tokens.crm()).contentType(body[0]).body(body[1]).post(path).then().statusCode(200)
                    .body("unchanged", equalTo(rows));
        }
    }
}
