package org.trademission.platform.hs;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An HS prefix: 2 to 10 digits whose first two are a real HS chapter ({@code 39} all plastics, {@code 3901} polymers
 * of ethylene). Null is valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HsPrefix.Validator.class)
public @interface HsPrefix {
    String message() default "must be 2 to 10 digits starting with a real HS chapter (01-97, 77 is reserved)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<HsPrefix, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || HsNomenclature.isPrefix(value);
        }
    }
}
