package org.recourse.web.http;

import java.util.Map;
import org.recourse.shared.InvalidInputException;

/**
 * A request body that cannot be read as what the operation takes: not JSON at all ({@code body}),
 * or values of the wrong type, out of range, or not allowed, by field. Answered 400 once access to
 * the addressed case has been decided ({@link ProblemMappers.MalformedBodyMapper}).
 */
public class MalformedBodyException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public MalformedBodyException(Map<String, String> fieldErrors) {
    super(fieldErrors);
  }
}
