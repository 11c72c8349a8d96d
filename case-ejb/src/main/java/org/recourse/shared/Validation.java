package org.recourse.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs Bean Validation on a command and reports every invalid field by its dotted path; and the
 * rules for text that every command shares. Text comes from whoever sent it, who may be the abuser:
 * a NUL cuts a value short in some tools and not in others, other control characters hide text in a
 * log or a terminal, and a bidirectional override (U+202E) makes "gpj.exe" read as "exe.jpg" or a
 * name read as another. One-line text (names, titles, e-mail addresses, URLs) refuses all of them;
 * multi-line text (notes, summaries) keeps tab and line breaks.
 */
public final class Validation {

  /** Nodes that name a field; method and parameter nodes of method validation do not. */
  private static final Set<ElementKind> NAMED_KINDS =
      Set.of(ElementKind.PROPERTY, ElementKind.CONTAINER_ELEMENT, ElementKind.BEAN);

  private Validation() {}

  /** What {@link #isOneLine} refuses, for the message beside the field. */
  public static final String ONE_LINE_MESSAGE =
      "must be one line without control characters or direction overrides";

  /** What {@link #isMultiLine} refuses, for the message beside the field. */
  public static final String MULTI_LINE_MESSAGE =
      "must not contain control characters other than tab and line breaks";

  /**
   * One line of text: no control character at all (Unicode Cc: NUL, CR, LF, ESC, DEL, C1), no line
   * or paragraph separator, and no bidirectional embedding, override or isolate (U+202A–U+202E,
   * U+2066–U+2069). Null counts as valid (absence is for {@code @NotNull} to judge).
   */
  public static boolean isOneLine(String text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.CONTROL
          || c == '\u2028'
          || c == '\u2029'
          || isDirectionControl(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Text of several lines: no control character except tab, line feed and carriage return (a
   * browser sends a text area's line breaks as CR LF). Null counts as valid.
   */
  public static boolean isMultiLine(String text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /** U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates). */
  private static boolean isDirectionControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * Refuses a list that holds a null element, naming it as {@code field[index]}: a list of ids or
   * entries with a hole in it is a malformed request, not something to skip silently.
   */
  public static void requireNoNullElements(String field, List<?> values) {
    if (values == null) {
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new InvalidInputException(field + "[" + i + "]", "must not be null");
      }
    }
  }

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
