package org.recourse.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Runs Bean Validation on a command and reports every invalid field by its dotted path. */
public final class Validation {

  /** Nodes that name a field; method and parameter nodes of method validation do not. */
  private static final Set<ElementKind> NAMED_KINDS =
      Set.of(ElementKind.PROPERTY, ElementKind.CONTAINER_ELEMENT, ElementKind.BEAN);

  private Validation() {}

  public static void check(Validator validator, Object command) {
    if (command == null) {
      throw new InvalidInputException("body", "must not be empty");
    }
    Set<ConstraintViolation<Object>> violations = validator.validate(command);
    if (violations.isEmpty()) {
      return;
    }
    Map<String, String> errors = new TreeMap<>();
    for (ConstraintViolation<Object> violation : violations) {
      errors.merge(
          fieldPath(violation.getPropertyPath()), violation.getMessage(), (a, b) -> a + "; " + b);
    }
    throw new InvalidInputException(errors);
  }

  /**
   * {@code victim.pseudonym}, {@code team[0].username}, {@code aliases[1]}: a node inside a list
   * carries its index, which belongs to the list before it; container-element names are dropped.
   */
  public static String fieldPath(Path path) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable() && node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      }
      String name = node.getName();
      if (name == null || name.startsWith("<") || !NAMED_KINDS.contains(node.getKind())) {
        continue;
      }
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(name);
    }
    return field.length() == 0 ? "body" : field.toString();
  }
}
