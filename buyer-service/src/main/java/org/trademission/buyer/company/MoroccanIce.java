package org.trademission.buyer.company;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A buyer in Morocco ({@code country} MA) carries an ICE; buyers elsewhere give a {@code taxId} instead. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MoroccanIce.Validator.class)
public @interface MoroccanIce {
    String message() default "is required for a buyer in Morocco (country MA)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MoroccanIce, BuyerRequest> {
        @Override
        public boolean isValid(BuyerRequest buyer, ConstraintValidatorContext context) {
            if (buyer == null || buyer.country() == null) {
                return true;
            }
            boolean morocco = buyer.country().equals("MA");
            boolean hasIce = buyer.ice() != null && !buyer.ice().isBlank();
            if (morocco == hasIce) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(morocco ? "is required for a buyer in Morocco (country MA)"
                    : "is the Moroccan company id: only for country MA; give taxId instead")
                    .addPropertyNode("ice").addConstraintViolation();
            return false;
        }
    }
}
