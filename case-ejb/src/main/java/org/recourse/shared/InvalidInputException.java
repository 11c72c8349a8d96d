package org.recourse.shared;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** Input the domain refuses, with a message per field (400, or beside the field on a page). */
@ApplicationException(rollback = true)
public class InvalidInputException extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> fieldErrors;

  public InvalidInputException(String field, String message) {
    this(Map.of(field, message));
  }

  public InvalidInputException(Map<String, String> fieldErrors) {
    super("Invalid input: " + String.join(", ", fieldErrors.keySet()));
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  /** Field name to message. */
  @Override
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String title() {
    return "Bad Request";
  }

  @Override
  public String detail() {
    return "The request has invalid fields.";
  }
}
