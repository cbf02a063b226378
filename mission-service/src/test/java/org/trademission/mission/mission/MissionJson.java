package org.trademission.mission.mission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small builder of mission bodies: "Mission d'affaires au Maroc", two months ahead, by default. */
public final class MissionJson {
    private final Map<String, Object> fields = new LinkedHashMap<>();

    private MissionJson() {
        LocalDate start = LocalDate.now().plusDays(60);
        fields.put("title", "Mission d'affaires au Maroc");
        fields.put("destinationCountry", "MA");
        fields.put("cities", List.of("Casablanca"));
        fields.put("format", "HYBRID");
        fields.put("startDate", start.toString());
        fields.put("endDate", start.plusDays(2).toString());
        fields.put("timezone", "Africa/Casablanca");
        fields.put("applicationDeadline", LocalDate.now().plusDays(30).toString());
        fields.put("hsFocus", List.of("8456", "8477", "9027"));
        fields.put("exporterCapacity", 7);
        fields.put("description", "Rencontres B2B ciblées avec des acheteurs marocains");
    }

    public static MissionJson mission() {
        return new MissionJson();
    }

    public MissionJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public MissionJson without(String field) {
        fields.remove(field);
        return this;
    }

    public Object get(String field) {
        return fields.get(field);
    }

    public Map<String, Object> build() {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        copy.replaceAll((key, value) -> value instanceof List<?> list ? new ArrayList<>(list) : value);
        return copy;
    }
}
