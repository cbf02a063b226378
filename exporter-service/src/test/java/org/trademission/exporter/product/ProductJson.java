package org.trademission.exporter.product;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small builder of product request bodies: valid by default. */
public final class ProductJson {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private ProductJson() {
        fields.put("name", "Волоконный лазерный маркер FM-20");
        fields.put("description", "Marqueur laser à fibre 20 W");
        fields.put("hsCode", "8456110000");
        fields.put("moq", 1);
        fields.put("unit", "pcs");
        fields.put("priceRange", Map.of("min", Map.of("amount", "12500.00", "currency", "EUR"),
                "max", Map.of("amount", "18000.00", "currency", "EUR")));
        fields.put("certifications", List.of("CE", "EAC"));
        fields.put("leadTimeDays", 30);
    }

    public static ProductJson product() {
        return new ProductJson();
    }

    public ProductJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public ProductJson without(String field) {
        fields.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }
}
