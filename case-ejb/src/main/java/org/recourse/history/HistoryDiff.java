package org.recourse.history;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the revisions of one audited row into history entries by comparing each revision with the
 * one before it: a field appears when its value differs. An addition is compared with nothing and a
 * removal with nothing after it, so both list every field that had a value. Fields named as hidden
 * show {@link #HIDDEN} on both sides, so a reader without the right learns that they changed and
 * when, never to or from what.
 */
public final class HistoryDiff {

  /** What a reader who may not see a field is shown instead of its value. */
  public static final String HIDDEN = "(hidden)";

  private HistoryDiff() {}

  /**
   * The changes of one row, oldest first.
   *
   * @param revisions the row's revisions, oldest first
   * @param hidden the fields whose values the reader may not see
   */
  public static List<HistoryEntry> entries(
      String entity, String subject, List<Snapshot> revisions, Set<String> hidden) {
    List<HistoryEntry> entries = new ArrayList<>();
    Map<String, String> before = Map.of();
    for (Snapshot revision : revisions) {
      Map<String, String> after = revision.values();
      Set<String> fields = new LinkedHashSet<>(after.keySet());
      fields.addAll(before.keySet());
      for (String field : fields) {
        String old = before.get(field);
        String now = after.get(field);
        if (Objects.equals(old, now)) {
          continue;
        }
        boolean masked = hidden.contains(field);
        entries.add(
            new HistoryEntry(
                revision.revision(),
                revision.at(),
                revision.username(),
                entity,
                subject,
                revision.kind(),
                field,
                masked ? HIDDEN : old,
                masked ? HIDDEN : now));
      }
      before = after;
    }
    return entries;
  }

  /**
   * A field's value as display text: {@code null} for nothing, blank text or an empty collection;
   * dates and instants in ISO form; yes or no; collections sorted and joined by commas.
   */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean flag) {
      return flag ? "yes" : "no";
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Instant || value instanceof LocalDate) {
      return value.toString();
    }
    if (value instanceof Collection<?> items) {
      String joined =
          items.stream()
              .map(HistoryDiff::text)
              .filter(Objects::nonNull)
              .sorted()
              .collect(Collectors.joining(", "));
      return joined.isEmpty() ? null : joined;
    }
    String text = value.toString();
    return text.isBlank() ? null : text;
  }
}
