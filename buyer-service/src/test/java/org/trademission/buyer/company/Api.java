package org.trademission.buyer.company;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.trademission.platform.testing.Tokens;

/** Short helpers for the buyer API in tests. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification staff() {
        return as(Tokens.staff());
    }

    public static String newBuyer() {
        return newBuyer(BuyerJson.buyer().build());
    }

    public static String newBuyer(Map<String, Object> body) {
        return staff().body(body).post("/api/v1/buyers").then().statusCode(201).extract().path("id");
    }

    public static String newInterest(String buyerId, Map<String, Object> body) {
        return staff().body(body).post("/api/v1/buyers/" + buyerId + "/interests").then().statusCode(201).extract()
                .path("id");
    }
}
