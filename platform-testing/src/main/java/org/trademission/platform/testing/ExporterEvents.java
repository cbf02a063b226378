package org.trademission.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.trademission.platform.event.EventEnvelope;
import org.trademission.platform.event.exporter.ExporterData;
import org.trademission.platform.event.exporter.ProductSummary;

/** Builds {@code exporters.v1} events as exporter-service publishes them, for consumers' tests. */
public final class ExporterEvents {
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private ExporterEvents() {
    }

    public static EventEnvelope event(UUID exporterId, long sequence, String type, String status, String displayName,
            List<String> languages, List<String> hsCodes) {
        ExporterData data = new ExporterData(exporterId, displayName + " LLC", displayName, "7707083893", "Moscow",
                languages, status, hsCodes, hsCodes.stream().map(code -> new ProductSummary(UUID.randomUUID(),
                        "Product " + code, code)).toList(), null, null, List.of("ISO 9001"));
        return new EventEnvelope(UUID.randomUUID(), type, "exporter-service", exporterId,
                OffsetDateTime.now(ZoneOffset.UTC), sequence, MAPPER.valueToTree(data));
    }

    /** An exporter with the given products (e.g. with price ranges, for matching). */
    public static EventEnvelope withProducts(UUID exporterId, long sequence, String status, String displayName,
            List<String> languages, List<ProductSummary> products) {
        ExporterData data = new ExporterData(exporterId, displayName + " LLC", displayName, "7707083893", "Moscow",
                languages, status, products.stream().map(ProductSummary::hsCode).distinct().sorted().toList(),
                products, null, null, List.of("ISO 9001"));
        return new EventEnvelope(UUID.randomUUID(), "ExporterUpdated", "exporter-service", exporterId,
                OffsetDateTime.now(ZoneOffset.UTC), sequence, MAPPER.valueToTree(data));
    }

    public static EventEnvelope event(UUID exporterId, long sequence, String type, String status, String displayName) {
        return event(exporterId, sequence, type, status, displayName, List.of("ru", "fr"), List.of("845611"));
    }

    public static String json(EventEnvelope envelope) {
        try {
            ObjectNode node = MAPPER.valueToTree(envelope);
            return MAPPER.writeValueAsString(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static EventEnvelope read(String json) {
        try {
            return MAPPER.readValue(json, EventEnvelope.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
