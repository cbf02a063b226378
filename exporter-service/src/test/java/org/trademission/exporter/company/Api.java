package org.trademission.exporter.company;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.trademission.platform.testing.Tokens;

/** Short helpers for the exporter API in tests. */
public final class Api {
    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification staff() {
        return as(Tokens.staff());
    }

    public static String newExporter() {
        return newExporter(ExporterJson.exporter().build());
    }

    public static String newExporter(Map<String, Object> body) {
        return staff().body(body).post("/api/v1/exporters").then().statusCode(201).extract().path("id");
    }

    public static String newVerifiedExporter(Map<String, Object> body) {
        String id = newExporter(body);
        staff().post("/api/v1/exporters/" + id + "/verification").then().statusCode(200);
        return id;
    }
}
