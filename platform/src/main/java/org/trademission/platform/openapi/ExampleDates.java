package org.trademission.platform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the dates of the API document's examples ahead of today. The examples describe one mission (applications
 * until {@link #EARLIEST}, B2B sessions in March 2027) and are written to pass the rules about the future; once
 * {@link #EARLIEST} comes within {@link #LEAD_DAYS} days, every date in every example moves forward by the same whole
 * number of 52-week years: the weekdays, the order of the dates and the gaps between them stay as written, and March
 * stays clear of Ramadan (when Morocco's offset changes) for years to come.
 */
public final class ExampleDates {
    /** The earliest date the examples hold: the mission's application deadline. */
    public static final LocalDate EARLIEST = LocalDate.of(2027, 2, 1);
    static final int LEAD_DAYS = 30;
    private static final Pattern DATE = Pattern.compile("(?<![0-9])(\\d{4}-\\d{2}-\\d{2})(?![0-9])");

    private final long weeks;

    private ExampleDates(long weeks) {
        this.weeks = weeks;
    }

    /** The shift for examples shown on {@code today}. */
    public static ExampleDates on(LocalDate today) {
        long years = 0;
        while (EARLIEST.plusWeeks(52 * years).isBefore(today.plusDays(LEAD_DAYS))) {
            years++;
        }
        return new ExampleDates(52 * years);
    }

    /** How far the dates move, in days. */
    public long days() {
        return ChronoUnit.DAYS.between(EARLIEST, EARLIEST.plusWeeks(weeks));
    }

    /** The example with each ISO date in it (also within a date-time or a text) moved; other values as they are. */
    public Object shift(Object example) {
        if (weeks == 0 || example == null) {
            return example;
        }
        if (example instanceof String text) {
            return shiftText(text);
        }
        if (example instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, value) -> copy.put(key, shift(value)));
            return copy;
        }
        if (example instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(value -> copy.add(shift(value)));
            return copy;
        }
        if (example instanceof JsonNode node) {
            return shiftNode(node.deepCopy());
        }
        return example;
    }

    private JsonNode shiftNode(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(shiftText(node.textValue()));
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> field.setValue(shiftNode(field.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, shiftNode(array.get(i)));
            }
        }
        return node;
    }

    private String shiftText(String text) {
        Matcher matcher = DATE.matcher(text);
        StringBuilder shifted = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            try {
                replacement = LocalDate.parse(matcher.group(1)).plusWeeks(weeks).toString();
            } catch (DateTimeParseException notADate) {
                replacement = matcher.group(1);
            }
            matcher.appendReplacement(shifted, replacement);
        }
        return matcher.appendTail(shifted).toString();
    }
}
