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
 * One line of text: names, titles, e-mail addresses, URLs. Refuses control characters, line
 * separators and bidirectional overrides ({@link Validation#isOneLine}).
 */
@Documented
@Constraint(validatedBy = SingleLine.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface SingleLine {

  String message() default Validation.ONE_LINE_MESSAGE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks one value. */
  class Validator implements ConstraintValidator<SingleLine, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return Validation.isOneLine(value);
    }
  }
}
