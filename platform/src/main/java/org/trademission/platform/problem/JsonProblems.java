package org.trademission.platform.problem;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.trademission.platform.text.RejectedValueException;

/**
 * A JSON reading error as the contract's problem: the API field it concerns (its JSON path) and the rule in the API's
 * words, never a Java type or a parser's source location.
 */
public final class JsonProblems {
    private JsonProblems() {
    }

    /** As a problem: a 400 with {@code violations} when a field can be named, else a malformed-body 400. */
    public static Problem problem(JacksonException e) {
        Violation violation = violation(e, null);
        if (violation.field().equals("body") && !(innermost(e) instanceof MismatchedInputException)) {
            return Problem.of(ProblemType.MALFORMED_REQUEST, "The body " + violation.message());
        }
        return Problem.invalid(violation.field() + ": " + violation.message(), List.of(violation));
    }

    /** As one violation; the field is {@code prefix.path} (or {@code body}/{@code prefix} when there is no path). */
    public static Violation violation(JacksonException e, String prefix) {
        String path = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String field = path.isEmpty() ? (prefix == null ? "body" : prefix)
                : prefix == null ? path : prefix + "." + path;
        return new Violation(field, message(innermost(e)));
    }

    private static Throwable innermost(Throwable e) {
        Throwable current = e;
        while (current.getCause() instanceof JacksonException && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    private static String message(Throwable e) {
        if (e instanceof RejectedValueException rejected) {
            return rejected.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this resource";
        }
        if (e instanceof InputCoercionException coercion) {
            return "is out of range: " + expected(coercion.getTargetType());
        }
        if (e instanceof InvalidFormatException format) {
            return expected(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return expected(mismatch.getTargetType());
        }
        if (e instanceof StreamConstraintsException limit) {
            String detail = firstLine(limit.getOriginalMessage()).replaceAll(",? from `[^`]*`", "");
            return "exceeds a limit of this API's JSON reader: " + detail + "; send less at a time";
        }
        if (e instanceof StreamReadException read) {
            String detail = read.getOriginalMessage();
            String location = read.getLocation() == null ? ""
                    : " (line " + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr() + ")";
            return "is not valid JSON: " + firstLine(detail) + location;
        }
        if (e instanceof JacksonException jackson) {
            return "cannot be read: " + firstLine(jackson.getOriginalMessage());
        }
        return "cannot be read";
    }

    /** The rule a value of {@code type} follows, as a client reads it. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong JSON type";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "must be a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "must be a whole number" + range(type);
        }
        if (type == BigDecimal.class) {
            return "must be a decimal number, e.g. \"12500.00\"";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "must be a UUID, e.g. 3f2c1a9e-8b7d-4c6e-9f01-2a3b4c5d6e7f";
        }
        if (type == LocalDate.class) {
            return "must be a date YYYY-MM-DD";
        }
        if (type == OffsetDateTime.class || type == ZonedDateTime.class || type == java.time.Instant.class) {
            return "must be an ISO-8601 date-time with offset, e.g. 2026-11-29T10:00:00+01:00";
        }
        if (type == LocalTime.class) {
            return "must be a time HH:MM";
        }
        if (ZoneId.class.isAssignableFrom(type)) {
            return "must be an IANA time zone, e.g. Africa/Casablanca";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return "must be a JSON object";
        }
        return "has the wrong JSON type";
    }

    private static String range(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return "";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
