package org.trademission.exporter.company;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Russian OGRN (13 digits) or OGRNIP (15 digits) with a valid check digit. Null is valid. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Ogrn.Validator.class)
public @interface Ogrn {
    String message() default "must be a valid OGRN (13 digits) or OGRNIP (15 digits) with a correct check digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Ogrn, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || RussianTaxIds.isValidOgrn(value);
        }
    }
}
