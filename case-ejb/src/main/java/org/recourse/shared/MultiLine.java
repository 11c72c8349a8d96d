package org.recourse.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text of several lines: notes, summaries, reasons. Refuses control characters other than tab and
 * line breaks ({@link Validation#isMultiLine}).
 */
@Documented
@Constraint(validatedBy = MultiLine.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface MultiLine {

  String message() default Validation.MULTI_LINE_MESSAGE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks one value. */
  class Validator implements ConstraintValidator<MultiLine, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return Validation.isMultiLine(value);
    }
  }
}
