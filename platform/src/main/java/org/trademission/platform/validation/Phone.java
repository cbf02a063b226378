package org.trademission.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A phone number in international form: {@code +} country code, then 6 to 14 digits with optional spaces or dashes. */
@Pattern(regexp = "^\\+[1-9][0-9]{0,2}([ -]?[0-9]){6,14}$")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface Phone {
    String message() default "must be an international phone number such as +7 495 123-45-67";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
