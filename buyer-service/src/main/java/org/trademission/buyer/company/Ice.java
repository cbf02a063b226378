package org.trademission.buyer.company;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigInteger;

/**
 * A Moroccan ICE (Identifiant Commun de l'Entreprise): 15 digits, 9 for the company, 4 for the establishment and 2
 * control digits that make the whole number divisible by 97. Null is valid (whether it is required depends on the
 * country: {@link MoroccanIce}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Ice.Validator.class)
public @interface Ice {
    String message() default "must be a Moroccan ICE: 15 digits whose whole number is divisible by 97";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Ice, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValid(value);
        }

        public static boolean isValid(String ice) {
            return ice.matches("\\d{15}") && new BigInteger(ice).mod(BigInteger.valueOf(97)).signum() == 0;
        }
    }
}
