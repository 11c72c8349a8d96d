package org.recourse.web.casefile;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recourse.history.ChangeKind;
import org.recourse.history.HistoryEntry;
import org.recourse.web.FacesMessages;

/**
 * One action in a case's history as a person reads it: who did what when ("Deadline "Call the
 * client" added", "Case R-2026-0012 changed: title, priority"), with the field-by-field changes of
 * that action kept behind a toggle.
 *
 * @param revision the action's revision (one saved change)
 * @param at when it was saved
 * @param username who saved it
 * @param actions one line per thing the action touched
 * @param changes the field changes behind it
 */
public record HistoryGroup(
    long revision, Instant at, String username, List<String> actions, List<HistoryEntry> changes)
    implements Serializable {

  /** The entries (newest first, as the history reads them) grouped by the action that made them. */
  public static List<HistoryGroup> of(List<HistoryEntry> entries) {
    Map<Long, List<HistoryEntry>> byRevision = new LinkedHashMap<>();
    for (HistoryEntry entry : entries) {
      byRevision.computeIfAbsent(entry.revision(), r -> new ArrayList<>()).add(entry);
    }
    List<HistoryGroup> groups = new ArrayList<>();
    byRevision.forEach(
        (revision, changes) -> {
          HistoryEntry first = changes.get(0);
          groups.add(
              new HistoryGroup(
                  revision, first.at(), first.username(), actions(changes), List.copyOf(changes)));
        });
    return groups;
  }

  /** One line per thing touched: added, removed, or changed with the names of its fields. */
  private static List<String> actions(List<HistoryEntry> changes) {
    Map<String, Touched> touched = new LinkedHashMap<>();
    for (HistoryEntry change : changes) {
      String thing = thing(change);
      Touched t = touched.computeIfAbsent(thing, k -> new Touched(change.change()));
      String field = FacesMessages.words(change.field()).toLowerCase(Locale.ROOT);
      if (change.change() == ChangeKind.CHANGED && !t.fields.contains(field)) {
        t.fields.add(field);
      }
    }
    List<String> lines = new ArrayList<>();
    touched.forEach(
        (thing, t) ->
            lines.add(
                switch (t.kind) {
                  case ADDED -> thing + " added";
                  case REMOVED -> thing + " removed";
                  case CHANGED -> thing + " changed: " + String.join(", ", t.fields);
                }));
    return List.copyOf(lines);
  }

  private static String thing(HistoryEntry change) {
    String subject = change.subject();
    return subject == null || subject.isBlank() ? change.entity() : change.entity() + " " + subject;
  }

  /** The toggle's words: "The field change" or "The 5 field changes". */
  public String toggleLabel() {
    return changes.size() == 1 ? "The field change" : "The " + changes.size() + " field changes";
  }

  private static final class Touched {
    private final ChangeKind kind;
    private final List<String> fields = new ArrayList<>();

    private Touched(ChangeKind kind) {
      this.kind = kind;
    }
  }
}
