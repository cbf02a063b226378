package org.trademission.exporter;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.trademission.exporter.company.Api;
import org.trademission.exporter.company.ExporterJson;
import org.trademission.exporter.product.ProductJson;
import org.trademission.platform.testing.OpenApiFuzzContract;

@QuarkusTest
class FuzzTest extends OpenApiFuzzContract {
    private final ExporterJson exporter = ExporterJson.exporter();
    private String exporterId;
    private String productId;

    @Override
    protected Map<String, String> pathValues() {
        exporterId = Api.newExporter(exporter.build());
        productId = Api.staff().body(ProductJson.product().build()).post("/api/v1/exporters/" + exporterId
                + "/products").then().statusCode(201).extract().path("id");
        return Map.of("id", exporterId, "exporterId", exporterId, "productId", productId, "crmId", "CRM-FUZZ-1");
    }

    @Override
    protected Map<String, Map<String, Object>> validBodies() {
        Map<String, Object> body = exporter.build();
        return Map.of("POST /api/v1/exporters", ExporterJson.exporter().build(),
                "PUT /api/v1/exporters/{id}", body,
                "PATCH /api/v1/exporters/{id}", Map.of("displayName", "Laser Systems", "city", "Москва"),
                "PUT /api/v1/exporters/by-crm-id/{crmId}", ExporterJson.exporter().build(),
                "POST /api/v1/exporters/{exporterId}/products", ProductJson.product().build(),
                "PUT /api/v1/exporters/{exporterId}/products/{productId}", ProductJson.product().build(),
                "PATCH /api/v1/exporters/{exporterId}/products/{productId}", Map.of("name", "Маркер", "moq", 5));
    }
}
