package org.trademission.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads and writes small JSON values kept in a text column (lists of contacts, certifications...). */
public final class JsonColumn {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    /**
     * One reader per generic type: the mapper resolves a {@link TypeReference} anew on every call (its type cache
     * holds only plain classes), which was a tenth of a search's time in the profile (docs/performance.md).
     */
    private static final Map<Type, ObjectReader> READERS = new ConcurrentHashMap<>();

    private JsonColumn() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store value as JSON", e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable JSON column as " + type.getSimpleName(), e);
        }
    }

    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return READERS.computeIfAbsent(type.getType(), t -> MAPPER.readerFor(type)).readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON cannot be read", e);
        }
    }
}
