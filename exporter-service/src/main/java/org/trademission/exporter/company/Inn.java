package org.trademission.exporter.company;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Russian INN with valid check digits. Null is valid (combine with {@code @NotNull}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Inn.Validator.class)
public @interface Inn {
    String message() default "must be a valid INN: 10 digits (company) or 12 digits (individual entrepreneur) "
            + "with correct check digits";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Inn, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || RussianTaxIds.isValidInn(value);
        }
    }
}
