package org.trademission.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the platform's error answers on every API operation: the RFC 9457 {@code Problem} schema and the
 * statuses the contract gives to client mistakes, so Swagger UI shows them without annotations in each resource.
 * It runs once, at build time; Quarkus reads the built document at start and writes it out when asked for.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> ALWAYS = Map.of(
            "400", "Invalid input: see violations",
            "401", "No or bad bearer token",
            "403", "Your role or company may not do this");
    private static final Map<String, String> ON_RESOURCE = Map.of("404", "Unknown id");
    private static final Map<String, String> ON_WRITE = Map.of(
            "409", "Conflict with the current state (duplicate, illegal transition)",
            "412", "If-Match names another version",
            "422", "Semantically impossible (e.g. Idempotency-Key reused with another body)");
    private static final Map<String, String> WITH_BODY = Map.of(
            "413", "The body is larger than 10 MB",
            "503", "Too many large bodies are being handled at once: retry after Retry-After seconds");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> document(path, method, operation));
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        Map<String, String> responses = new LinkedHashMap<>(ALWAYS);
        if (path.contains("{")) {
            responses.putAll(ON_RESOURCE);
        }
        if (method != PathItem.HttpMethod.GET) {
            responses.putAll(ON_WRITE);
        }
        if (operation.getRequestBody() != null) {
            responses.putAll(WITH_BODY);
        }
        APIResponses existing = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        responses.forEach((status, description) -> {
            if (existing.getAPIResponse(status) == null) {
                existing.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                        .content(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem")))));
            }
        });
        operation.setResponses(existing);
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", string).addProperty("message", string);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", string)
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", string)
                .addProperty("instance", string)
                .addProperty("errorId", string)
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(violation))
                .required(List.of("type", "title", "status"));
    }
}
