package org.recourse.casefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** How the case feature reads free text from commands: blank is absent, lists are lines. */
final class CaseText {

  private CaseText() {}

  static List<String> splitLines(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static List<String> lines(List<String> values) {
    return values == null
        ? List.of()
        : values.stream()
            .filter(Objects::nonNull)
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
  }

  static String joinLines(List<String> values) {
    List<String> kept = new ArrayList<>(new LinkedHashSet<>(lines(values)));
    return kept.isEmpty() ? null : String.join("\n", kept);
  }

  static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  static String blankToNull(String value) {
    return notBlank(value) ? value.strip() : null;
  }
}
