package org.recourse.law;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A rule that cannot be counted as stored: a negative period, a window that ends before it starts,
 * tolling on an hour limit, a missing citation. The law library stores rules as data, so every
 * refusal names the field at fault ({@link #fieldErrors()}, field to message) for the form that
 * edits it.
 */
public class InvalidRuleException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final Map<String, String> fieldErrors;

  public InvalidRuleException(Map<String, String> fieldErrors) {
    super(summarise(fieldErrors));
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  /** Field name ("amount", "windowEnd", "combinator"…) to a message a person can act on. */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  static void throwIfAny(Map<String, String> fieldErrors) {
    if (!fieldErrors.isEmpty()) {
      throw new InvalidRuleException(fieldErrors);
    }
  }

  private static String summarise(Map<String, String> fieldErrors) {
    return fieldErrors.entrySet().stream()
        .map(entry -> entry.getKey() + ": " + entry.getValue())
        .collect(Collectors.joining("; ", "invalid rule: ", ""));
  }
}
