package org.recourse.shared;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** Input the domain refuses, with a message per field (400, or beside the field on a page). */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

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
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
