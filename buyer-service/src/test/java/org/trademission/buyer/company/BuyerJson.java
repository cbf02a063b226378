package org.trademission.buyer.company;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small builder of buyer request bodies: a valid Moroccan buyer by default, each field overridable. */
public final class BuyerJson {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private BuyerJson() {
        fields.put("legalName", "Plastiques du Maghreb SARL");
        fields.put("displayName", "Plastiques du Maghreb");
        fields.put("country", "MA");
        fields.put("city", "Casablanca");
        fields.put("ice", Ices.next());
        fields.put("website", "https://plastiques-maghreb.example.ma");
        fields.put("languages", List.of("fr", "ar"));
        fields.put("description", "Transformateur de polyéthylène — تحويل البلاستيك");
        fields.put("companySize", "MEDIUM");
        fields.put("contacts", List.of(Map.of("name", "Youssef El Amrani", "email", "y.elamrani@pm.example.ma",
                "phone", "+212 522 123 456")));
    }

    public static BuyerJson buyer() {
        return new BuyerJson();
    }

    /** A buyer outside Morocco: no ICE, a free-form tax id. */
    public static BuyerJson foreignBuyer() {
        return new BuyerJson().without("ice").with("country", "SN").with("city", "Dakar").with("taxId", "SN-2024-889");
    }

    public BuyerJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public BuyerJson without(String field) {
        fields.remove(field);
        return this;
    }

    public String ice() {
        return (String) fields.get("ice");
    }

    public Map<String, Object> build() {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.replaceAll((key, value) -> value instanceof List<?> list ? new ArrayList<>(list) : value);
        return copy;
    }
}
