package org.trademission.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import org.trademission.platform.text.StrictStringDeserializer;

/**
 * Strict JSON reading for every service: a value has the JSON type its field has (no {@code 123} for a string, no
 * {@code "5"} for a number, no {@code 1.5} for a whole number, no number for an enum), duplicate keys are refused, and
 * every string passes the {@link org.trademission.platform.text.TextRule}. Money amounts are the exception the
 * contract makes: a decimal string (a JSON number is read exactly too). A body holds at most {@link #MAX_TOKENS}
 * tokens, and a collection at most {@link BoundedCollections#MAX_ELEMENTS} elements: within the 10 MB a body may have,
 * a million {@code {}} would otherwise become objects (and violations) enough to exhaust a service's heap.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    /** Values, names and brackets in one document: 100 for each row of a CRM import of 20,000 rows. */
    public static final long MAX_TOKENS = 2_000_000;

    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
    }

    /** Also for mappers made outside CDI (tests, benchmarks). */
    @SuppressWarnings("deprecation")
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxTokenCount(MAX_TOKENS).build());
        mapper.enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE); // keep the offset sent
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(BigDecimal.class).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class,
                new StrictStringDeserializer()).setDeserializerModifier(new BoundedCollections()));
        return mapper;
    }
}
