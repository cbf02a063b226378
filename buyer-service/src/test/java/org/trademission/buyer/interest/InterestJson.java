package org.trademission.buyer.interest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small builder of sourcing-interest bodies: Moroccan demand for polyethylene by default. */
public final class InterestJson {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private InterestJson() {
        fields.put("hsCode", "3901");
        fields.put("description", "Polyéthylène basse densité pour films d'emballage");
        fields.put("quantity", Map.of("amount", 120, "unit", "t"));
        fields.put("budget", Map.of("amount", "150000.00", "currency", "EUR"));
        fields.put("neededBy", LocalDate.now().plusMonths(6).toString());
    }

    public static InterestJson interest() {
        return new InterestJson();
    }

    public InterestJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public InterestJson without(String field) {
        fields.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(fields);
    }
}
