package org.trademission.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

/**
 * An ISO 639-1 language code in any case, e.g. {@code ru}, {@code FR}, {@code ar}; stored in lower case
 * ({@link Validator#canonical}). Null is valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoLanguage.Validator.class)
public @interface IsoLanguage {
    String message() default "must be an ISO 639-1 language code such as ru, fr or ar";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IsoLanguage, String> {
        private static final Set<String> CODES = Set.of(Locale.getISOLanguages());

        public static boolean isCode(String value) {
            return value != null && CODES.contains(value);
        }

        /** The code as stored and answered: lower case; null (or blank) as null. */
        public static String canonical(String value) {
            return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isCode(canonical(value));
        }
    }
}
