package org.trademission.platform.web;

import java.util.Locale;
import org.trademission.platform.hs.HsNomenclature;
import org.trademission.platform.problem.ProblemException;
import org.trademission.platform.validation.IsoCountry;
import org.trademission.platform.validation.IsoLanguage;

/** Query parameters read strictly: a bad value is a 400 naming the parameter, never a 404 or an ignored filter. */
public final class QueryParams {
    private QueryParams() {
    }

    /** An ISO 3166-1 alpha-2 code (any case), or null when absent. */
    public static String country(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!IsoCountry.Validator.isCode(code)) {
            throw ProblemException.invalid(name, "must be an ISO 3166-1 alpha-2 code, e.g. MA");
        }
        return code;
    }

    /** An ISO 639-1 language code (any case; answered in lower case), or null when absent. */
    public static String language(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.trim().toLowerCase(Locale.ROOT);
        if (!IsoLanguage.Validator.isCode(code)) {
            throw ProblemException.invalid(name, "must be an ISO 639-1 language code such as ru, fr or ar");
        }
        return code;
    }

    /** An HS prefix (2 to 10 digits in a real chapter), or null when absent. */
    public static String hsPrefix(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!HsNomenclature.isPrefix(value.trim())) {
            throw ProblemException.invalid(name, "must be 2 to 10 digits starting with a real HS chapter");
        }
        return value.trim();
    }

    /** A UUID, or null when absent. */
    public static java.util.UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    /** A date YYYY-MM-DD, or null when absent. */
    public static java.time.LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be a date YYYY-MM-DD");
        }
    }

    /**
     * A period given as {@code from} and {@code to} (each optional, both inclusive); {@code to} before {@code from} is
     * a 400 naming {@code to}, not an empty list.
     */
    public static DateRange dateRange(String from, String to) {
        DateRange range = new DateRange(date("from", from), date("to", to));
        if (range.from() != null && range.to() != null && range.to().isBefore(range.from())) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        return range;
    }

    /** {@code true} or {@code false}, or null when absent. */
    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    /** One of an enum's constants (exact name), or null when absent. */
    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.trim())) {
                return constant;
            }
        }
        throw ProblemException.invalid(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                .replaceAll("[\\[\\]]", ""));
    }
}
