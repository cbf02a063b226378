package org.trademission.platform.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A fuzz suite generated from the service's own OpenAPI document: every operation under {@code /api/}, with malformed
 * input (wrong JSON types, missing and null fields, hostile and overlong strings, broken JSON and CSV, bad ids and
 * query parameters) and every role. It fails on any 5xx, any error that is not problem+json, any accepted text that
 * does not come back exactly as sent, and a service that is not ready afterwards. New endpoints are covered without
 * a test of their own; a subclass may give valid bodies and ids to start from, so that mutations reach deeper rules.
 */
public abstract class OpenApiFuzzContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Text that is valid and must come back exactly as sent. */
    static final List<String> KEPT_TEXT = List.of("Société Générale d'Optique", "ООО «Лазерные Системы»",
            "شركة المغرب للتجارة", "Laser 😀 Systems", "a\u200Fb");
    /** Text that breaks the text rule or a limit: a 400 with violations, never a 5xx. */
    static final List<String> HOSTILE_TEXT = List.of("x\u0000y", "x\u0007y", "x\u0085y", "x\u202Ey", "x\ud800y",
            "line\nbreak", "a".repeat(10_001), "", " ", "'; drop table exporter; --", "${jndi:ldap://x}",
            "<script>alert(1)</script>", "%00", "../../etc/passwd");
    private static final List<String> BAD_QUERY = List.of("", "abc", "-1", "0", "99999999999999999999", "1.5", ",",
            ",,,", "-", "%00", "'", "ü", "a".repeat(2000), "null", "[]");
    private static final List<String> BAD_IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
            UUID.randomUUID().toString(), "%20", "a".repeat(300));

    private final Random random = new Random(20261129);
    private final List<String> failures = new ArrayList<>();
    private int requests;

    /** Valid bodies to mutate, by operation, e.g. {@code "POST /api/v1/exporters"} (optional). */
    protected Map<String, Map<String, Object>> validBodies() {
        return Map.of();
    }

    /** Values for path parameters by name, e.g. {@code exporterId} (optional; else random UUIDs). */
    protected Map<String, String> pathValues() {
        return Map.of();
    }

    /** The tokens to call with: every role, one without a token. */
    protected Map<String, String> tokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("staff", Tokens.staff());
        tokens.put("crm", Tokens.crm());
        tokens.put("partner", Tokens.partner());
        tokens.put("exporter", Tokens.exporter(UUID.randomUUID()));
        tokens.put("buyer", Tokens.buyer(UUID.randomUUID()));
        tokens.put("none", null);
        return tokens;
    }

    @Test
    void survivesMalformedAndHostileInputOnEveryOperation() throws Exception {
        JsonNode openApi = JSON.readTree(given().accept("application/json").get("/q/openapi").asString());
        Map<String, String> paths = new LinkedHashMap<>(pathValues());
        Map<String, String> tokens = tokens();
        Iterator<Map.Entry<String, JsonNode>> pathEntries = openApi.path("paths").fields();
        while (pathEntries.hasNext()) {
            Map.Entry<String, JsonNode> pathEntry = pathEntries.next();
            if (!pathEntry.getKey().startsWith("/api/")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> operations = pathEntry.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                fuzz(openApi, method, pathEntry.getKey(), operation.getValue(), paths, tokens);
            }
        }
        given().get("/q/health/ready").then().statusCode(200);
        System.out.printf("fuzz: %d requests, %d failed%n", requests, failures.size());
        assertTrue(requests > 0, "the OpenAPI document lists no operation under /api/");
        assertEquals(List.of(), failures.subList(0, Math.min(failures.size(), 30)),
                failures.size() + " of " + requests + " fuzz requests failed");
    }

    private void fuzz(JsonNode openApi, String method, String template, JsonNode operation,
            Map<String, String> paths, Map<String, String> tokens) {
        String name = method + " " + template;
        String path = fill(template, paths);
        JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json").path("schema");
        boolean csv = operation.path("requestBody").path("content").has("text/csv");
        boolean mergePatch = operation.path("requestBody").path("content").has("application/merge-patch+json");
        String contentType = mergePatch ? "application/merge-patch+json" : "application/json";
        Object valid = validBodies().containsKey(name) ? validBodies().get(name)
                : bodySchema.isMissingNode() ? null : generate(openApi, bodySchema, 0);

        // every role, as is
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            send(name + " as " + token.getKey(), token.getValue(), method, path, Map.of(), valid, contentType, null);
        }
        String staff = Tokens.staff();
        // bad path parameters
        for (JsonNode parameter : operation.path("parameters")) {
            String in = parameter.path("in").asText();
            String parameterName = parameter.path("name").asText();
            if (in.equals("path")) {
                for (String bad : BAD_IDS) {
                    send(name + " with " + parameterName + "=" + abbreviate(bad), staff, method,
                            template.replace("{" + parameterName + "}", bad).replaceAll("\\{[^}]+}",
                                    UUID.randomUUID().toString()), Map.of(), valid, contentType, null);
                }
            } else if (in.equals("query")) {
                for (String bad : BAD_QUERY) {
                    send(name + " with ?" + parameterName + "=" + abbreviate(bad), staff, method, path,
                            Map.of(parameterName, bad), valid, contentType, null);
                }
            }
        }
        if (valid instanceof Map<?, ?> body) {
            mutateBody(name, staff, method, path, castMap(body), contentType);
        }
        if (!bodySchema.isMissingNode() || mergePatch) {
            for (String broken : List.of("{", "[]", "null", "\"x\"", "42", "{\"a\":1,\"a\":2}", "[{}]", "{}",
                    "{\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}")) {
                sendRaw(name + " with body " + abbreviate(broken), staff, method, path, contentType,
                        broken.getBytes(StandardCharsets.UTF_8));
            }
            sendRaw(name + " with invalid UTF-8", staff, method, path, contentType,
                    new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        }
        if (csv) {
            for (String broken : List.of("", "a,b\n", "\"unclosed\n1,2\n", "inn\n\"x\0\"\n", "\uFEFF\n",
                    "inn,inn\n1,2\n")) {
                sendRaw(name + " with CSV " + abbreviate(broken), staff, method, path, "text/csv",
                        broken.getBytes(StandardCharsets.UTF_8));
            }
            sendRaw(name + " with CSV in windows-1251 undeclared", staff, method, path, "text/csv",
                    "inn,legalName\n7707083893,ООО\n".getBytes(java.nio.charset.Charset.forName("windows-1251")));
        }
    }

    private void mutateBody(String name, String token, String method, String path, Map<String, Object> valid,
            String contentType) {
        for (String field : valid.keySet()) {
            Object original = valid.get(field);
            List<Object> replacements = new ArrayList<>(List.of(12345, 1.5, true, List.of(1), Map.of("x", 1)));
            replacements.add(original instanceof String ? (Object) 7 : "text");
            replacements.add(9_223_372_036_854_775_807L);
            for (Object replacement : replacements) {
                Map<String, Object> body = new LinkedHashMap<>(valid);
                body.put(field, replacement);
                send(name + " with " + field + "=" + abbreviate(String.valueOf(replacement)), token, method, path,
                        Map.of(), body, contentType, null);
            }
            Map<String, Object> withNull = new LinkedHashMap<>(valid);
            withNull.put(field, null);
            send(name + " with " + field + "=null", token, method, path, Map.of(), withNull, contentType, null);
            Map<String, Object> without = new LinkedHashMap<>(valid);
            without.remove(field);
            send(name + " without " + field, token, method, path, Map.of(), without, contentType, null);
            if (original instanceof String) {
                for (String text : HOSTILE_TEXT) {
                    Map<String, Object> body = new LinkedHashMap<>(valid);
                    body.put(field, text);
                    send(name + " with " + field + "=" + abbreviate(text), token, method, path, Map.of(), body,
                            contentType, null);
                }
                for (String text : KEPT_TEXT) {
                    Map<String, Object> body = new LinkedHashMap<>(valid);
                    body.put(field, text);
                    send(name + " with " + field + "=" + abbreviate(text), token, method, path, Map.of(), body,
                            contentType, field);
                }
            }
        }
    }

    private void send(String label, String token, String method, String path, Map<String, String> query, Object body,
            String contentType, String keptField) {
        RequestSpecification request = spec(token).queryParams(query).urlEncodingEnabled(true);
        byte[] json = null;
        if (body != null && !method.equals("GET") && !method.equals("DELETE")) {
            json = jsonBytes(body);
            if (json == null) {
                return;
            }
            request.contentType(contentType).body(json);
        }
        check(label, request.request(method, path), body, keptField);
    }

    private void sendRaw(String label, String token, String method, String path, String contentType, byte[] body) {
        if (method.equals("GET") || method.equals("DELETE")) {
            return;
        }
        check(label, spec(token).contentType(contentType).body(body).request(method, path), null, null);
    }

    private void check(String label, Response response, Object body, String keptField) {
        requests++;
        int status = response.statusCode();
        String contentType = response.contentType() == null ? "" : response.contentType();
        if (status >= 500) {
            failures.add(label + ": " + status + " " + abbreviate(response.asString()));
        } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            failures.add(label + ": " + status + " without problem+json (" + contentType + ")");
        } else if (status >= 400 && !String.valueOf(status).equals(jsonField(response, "status"))) {
            failures.add(label + ": problem status differs from " + status);
        } else if (status < 300 && keptField != null && body instanceof Map<?, ?> sent
                && contentType.startsWith("application/json")) {
            Object back = jsonField(response, keptField);
            if (back instanceof String text && !text.equals(sent.get(keptField))) {
                failures.add(label + ": " + keptField + " came back as '" + abbreviate(text) + "'");
            }
        }
    }

    private static String jsonField(Response response, String field) {
        try {
            JsonNode value = JSON.readTree(response.asByteArray()).get(field);
            return value == null || value.isNull() ? null : value.isTextual() ? value.textValue() : value.toString();
        } catch (Exception e) {
            return null;
        }
    }

    private static RequestSpecification spec(String token) {
        RequestSpecification request = given().config(RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        return token == null ? request : request.auth().oauth2(token);
    }

    private static byte[] jsonBytes(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (Exception e) {
            return null; // a lone surrogate cannot be written by Jackson; the raw tests cover it
        }
    }

    /** A plausible value for a schema: what the fuzz mutates when no valid body is given. */
    private Object generate(JsonNode openApi, JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String[] parts = schema.get("$ref").asText().split("/");
            return generate(openApi, openApi.path("components").path("schemas").path(parts[parts.length - 1]),
                    depth + 1);
        }
        if (depth > 6) {
            return null;
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        if (schema.has("allOf")) {
            return generate(openApi, schema.get("allOf").get(0), depth + 1);
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "string":
                return switch (schema.path("format").asText()) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date" -> "2027-03-01";
                    case "date-time" -> "2027-03-01T10:00:00+01:00";
                    default -> "Fuzz " + random.nextInt(1000);
                };
            case "integer":
                return 1;
            case "number":
                return 1;
            case "boolean":
                return true;
            case "array":
                Object item = generate(openApi, schema.path("items"), depth + 1);
                return item == null ? List.of() : List.of(item);
            default:
                Map<String, Object> object = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (!property.getValue().path("readOnly").asBoolean(false)) {
                        object.put(property.getKey(), generate(openApi, property.getValue(), depth + 1));
                    }
                }
                return object;
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static String abbreviate(String text) {
        String printable = text.codePoints().limit(40).collect(StringBuilder::new,
                (b, c) -> b.append(c < 0x20 || c >= 0x7F && c <= 0x9F ? String.format("\\u%04X", c)
                        : new String(Character.toChars(c))), StringBuilder::append).toString();
        return text.length() > 40 ? printable + "…(" + text.length() + ")" : printable;
    }
}
