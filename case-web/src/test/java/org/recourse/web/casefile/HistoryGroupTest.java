package org.recourse.web.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recourse.history.ChangeKind;
import org.recourse.history.HistoryEntry;

class HistoryGroupTest {

  private static final Instant LATER = Instant.parse("2026-12-03T10:05:00Z");
  private static final Instant EARLIER = Instant.parse("2026-12-03T10:00:00Z");

  private static HistoryEntry entry(
      long revision, Instant at, String entity, String subject, ChangeKind kind, String field) {
    return new HistoryEntry(revision, at, "attorney", entity, subject, kind, field, "a", "b");
  }

  @Test
  void eachActionIsOneRowSayingWhatItTouchedWithItsFieldChangesKept() {
    List<HistoryEntry> newestFirst =
        List.of(
            entry(7, LATER, "Case", "R-2026-0012", ChangeKind.CHANGED, "title"),
            entry(7, LATER, "Case", "R-2026-0012", ChangeKind.CHANGED, "priority"),
            entry(7, LATER, "Victim", "", ChangeKind.CHANGED, "dateOfBirth"),
            entry(5, EARLIER, "Deadline", "Call the client", ChangeKind.ADDED, "title"),
            entry(5, EARLIER, "Deadline", "Call the client", ChangeKind.ADDED, "dueDate"));

    List<HistoryGroup> groups = HistoryGroup.of(newestFirst);

    assertEquals(2, groups.size());
    HistoryGroup edit = groups.get(0);
    assertEquals(7, edit.revision());
    assertEquals(LATER, edit.at());
    assertEquals(
        List.of("Case R-2026-0012 changed: title, priority", "Victim changed: date of birth"),
        edit.actions());
    assertEquals("The 3 field changes", edit.toggleLabel());
    HistoryGroup added = groups.get(1);
    assertEquals(List.of("Deadline Call the client added"), added.actions());
    assertEquals(2, added.changes().size());
  }

  @Test
  void aSingleChangeSaysSo() {
    HistoryGroup one =
        HistoryGroup.of(List.of(entry(3, EARLIER, "Note", "#4", ChangeKind.REMOVED, "text")))
            .get(0);
    assertEquals(List.of("Note #4 removed"), one.actions());
    assertEquals("The field change", one.toggleLabel());
  }
}
