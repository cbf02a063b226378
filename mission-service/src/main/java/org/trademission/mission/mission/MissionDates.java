package org.trademission.mission.mission;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** {@code endDate} on or after {@code startDate}; {@code applicationDeadline} before {@code startDate}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MissionDates.Validator.class)
public @interface MissionDates {
    String message() default "dates are inconsistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MissionDates, MissionRequest> {
        @Override
        public boolean isValid(MissionRequest mission, ConstraintValidatorContext context) {
            if (mission == null || mission.startDate() == null) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (mission.endDate() != null && mission.endDate().isBefore(mission.startDate())) {
                context.buildConstraintViolationWithTemplate("must be on or after startDate")
                        .addPropertyNode("endDate").addConstraintViolation();
                valid = false;
            }
            if (mission.applicationDeadline() != null && !mission.applicationDeadline().isBefore(mission.startDate())) {
                context.buildConstraintViolationWithTemplate("must be before startDate")
                        .addPropertyNode("applicationDeadline").addConstraintViolation();
                valid = false;
            }
            if (mission.endDate() != null && mission.startDate().plusDays(60).isBefore(mission.endDate())) {
                context.buildConstraintViolationWithTemplate("a mission lasts at most 60 days")
                        .addPropertyNode("endDate").addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
