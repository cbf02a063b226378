package org.trademission.exporter.company;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small builder of exporter request bodies: valid by default, each field overridable. */
public final class ExporterJson {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private ExporterJson() {
        fields.put("legalName", "ООО «Лазерные Системы»");
        fields.put("displayName", "Laser Systems");
        fields.put("inn", Inns.company());
        fields.put("city", "Москва");
        fields.put("website", "https://laser.example.ru");
        fields.put("languages", List.of("ru", "en"));
        fields.put("description", "Graveurs et marqueurs laser professionnels");
        fields.put("certifications", List.of("ISO 9001"));
        fields.put("contacts", List.of(Map.of("name", "Александра Семёнова", "email", "a.semenova@laser.example.ru",
                "phone", "+7 495 123-45-67")));
    }

    public static ExporterJson exporter() {
        return new ExporterJson();
    }

    public ExporterJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public ExporterJson without(String field) {
        fields.remove(field);
        return this;
    }

    public String inn() {
        return (String) fields.get("inn");
    }

    public Map<String, Object> build() {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.replaceAll((key, value) -> value instanceof List<?> list ? new ArrayList<>(list) : value);
        return copy;
    }
}
