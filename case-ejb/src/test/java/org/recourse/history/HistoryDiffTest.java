package org.recourse.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.HarmType;
import org.recourse.casefile.Victim;
import org.recourse.deadline.CaseDeadline;
import org.recourse.deadline.ComputedDeadline;
import org.recourse.law.Severity;
import org.recourse.law.SourceGrade;
import org.recourse.shared.IdentityText;

class HistoryDiffTest {

  private static final Instant T1 = Instant.parse("2026-11-27T09:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-27T10:00:00Z");
  private static final Instant T3 = Instant.parse("2026-11-27T11:00:00Z");

  private static Map<String, String> values(String... pairs) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return values;
  }

  @Test
  void anAdditionListsEveryFieldThatHasAValueInFieldOrder() {
    Snapshot added =
        new Snapshot(
            7,
            T1,
            "attorney",
            ChangeKind.ADDED,
            values("title", "Images shared", "summary", null, "status", "INTAKE"));

    List<HistoryEntry> entries =
        HistoryDiff.entries("Case", "R-2026-0001", List.of(added), Set.of());

    assertEquals(List.of("title", "status"), entries.stream().map(HistoryEntry::field).toList());
    HistoryEntry title = entries.get(0);
    assertEquals(ChangeKind.ADDED, title.change());
    assertNull(title.oldValue());
    assertEquals("Images shared", title.newValue());
    assertEquals("attorney", title.username());
    assertEquals(T1, title.at());
    assertEquals(7, title.revision());
    assertEquals("Case", title.entity());
    assertEquals("R-2026-0001", title.subject());
  }

  @Test
  void aChangeListsOnlyTheFieldsThatDifferFromThePreviousRevision() {
    List<Snapshot> revisions =
        List.of(
            new Snapshot(
                1, T1, "attorney", ChangeKind.ADDED, values("title", "First", "status", "INTAKE")),
            new Snapshot(
                2,
                T2,
                "advocate",
                ChangeKind.CHANGED,
                values("title", "Second", "status", "INTAKE")),
            new Snapshot(
                3,
                T3,
                "attorney",
                ChangeKind.CHANGED,
                values("title", "Second", "status", "ACTIVE")));

    List<HistoryEntry> entries = HistoryDiff.entries("Case", "R-1", revisions, Set.of());

    List<HistoryEntry> changes =
        entries.stream().filter(e -> e.change() == ChangeKind.CHANGED).toList();
    assertEquals(2, changes.size());
    assertEquals("title", changes.get(0).field());
    assertEquals("First", changes.get(0).oldValue());
    assertEquals("Second", changes.get(0).newValue());
    assertEquals("advocate", changes.get(0).username());
    assertEquals("status", changes.get(1).field());
    assertEquals("INTAKE", changes.get(1).oldValue());
    assertEquals("ACTIVE", changes.get(1).newValue());
    assertEquals(3, changes.get(1).revision());
  }

  @Test
  void aClearedFieldShowsItsOldValueAndNothingNew() {
    List<Snapshot> revisions =
        List.of(
            new Snapshot(1, T1, "a", ChangeKind.ADDED, values("summary", "Long story")),
            new Snapshot(2, T2, "a", ChangeKind.CHANGED, values("summary", null)));

    HistoryEntry cleared = HistoryDiff.entries("Case", "R-1", revisions, Set.of()).get(1);

    assertEquals("Long story", cleared.oldValue());
    assertNull(cleared.newValue());
  }

  @Test
  void aRemovalListsTheLastValuesAsOldOnes() {
    List<Snapshot> revisions =
        List.of(
            new Snapshot(1, T1, "attorney", ChangeKind.ADDED, values("caseRole", "ADVOCATE")),
            new Snapshot(2, T2, "attorney", ChangeKind.CHANGED, values("caseRole", "CASEWORKER")),
            new Snapshot(3, T3, "admin", ChangeKind.REMOVED, values("caseRole", "ignored")));

    List<HistoryEntry> entries =
        HistoryDiff.entries("Team member", "advocate", revisions, Set.of());

    HistoryEntry removed = entries.get(entries.size() - 1);
    assertEquals(ChangeKind.REMOVED, removed.change());
    assertEquals("CASEWORKER", removed.oldValue());
    assertNull(removed.newValue());
    assertEquals("admin", removed.username());
  }

  @Test
  void aHiddenFieldShowsThatItChangedButNeitherValue() {
    List<Snapshot> revisions =
        List.of(
            new Snapshot(
                1, T1, "attorney", ChangeKind.ADDED, values("email", null, "pseudonym", "Robin")),
            new Snapshot(
                2,
                T2,
                "attorney",
                ChangeKind.CHANGED,
                values("email", "new@example.org", "pseudonym", "Robin")));

    List<HistoryEntry> entries = HistoryDiff.entries("Victim", "Robin", revisions, Set.of("email"));

    HistoryEntry email =
        entries.stream().filter(e -> e.field().equals("email")).findFirst().orElseThrow();
    assertEquals(ChangeKind.CHANGED, email.change());
    assertEquals(HistoryDiff.HIDDEN, email.oldValue());
    assertEquals(HistoryDiff.HIDDEN, email.newValue());
    assertFalse(entries.toString().contains("new@example.org"));
  }

  @Test
  void aReaderWithoutIdentitySeesNoneOfTheVictimsIdentityOrContact() {
    CaseFile caseFile = new CaseFile("R-2026-0001", "Title", "attorney", T1);
    Victim before = new Victim(caseFile, "Robin");
    before.setLegalName("Synthia Example");
    before.setDateOfBirth(LocalDate.of(2001, 4, 5));
    before.setEmail("old@example.org");
    before.setPhone("+1 555 0100");
    before.setCodeWord("bluebird");
    before.setNeverContactThrough("Office switchboard");
    Victim after = new Victim(caseFile, "Robin");
    after.setLegalName("Synthia Example-Smith");
    after.setDateOfBirth(LocalDate.of(2001, 4, 6));
    after.setEmail("new@example.org");
    after.setPhone("+1 555 0199");
    after.setCodeWord("redbird");
    after.setNeverContactThrough("Landline at the parents");
    after.setSafeTimes("evenings");
    List<Snapshot> revisions =
        List.of(
            new Snapshot(
                1, T1, "attorney", ChangeKind.ADDED, HistorySources.VICTIM.values(before, true)),
            new Snapshot(
                2, T2, "attorney", ChangeKind.CHANGED, HistorySources.VICTIM.values(after, true)));

    List<HistoryEntry> hidden =
        HistoryDiff.entries("Victim", "Robin", revisions, HistorySources.VICTIM.identityFields());
    List<HistoryEntry> shown = HistoryDiff.entries("Victim", "Robin", revisions, Set.of());

    String seenWithout = hidden.toString();
    for (String secret :
        List.of("Synthia", "2001-04", "example.org", "555", "bird", "switchboard", "Landline")) {
      assertFalse(seenWithout.contains(secret), secret + " leaked: " + seenWithout);
      assertTrue(shown.toString().contains(secret), secret + " missing for the team");
    }
    assertEquals(shown.size(), hidden.size(), "the same changes are listed, only masked");
    assertTrue(seenWithout.contains("evenings"), "safe times are not identity");
    assertTrue(
        hidden.stream()
            .filter(e -> e.field().equals("email") && e.change() == ChangeKind.CHANGED)
            .allMatch(e -> HistoryDiff.HIDDEN.equals(e.newValue())));
  }

  @Test
  void aDeadlineExplanationShowsTheIdentityPartOnlyToReadersWhoMaySeeIt() {
    CaseFile caseFile = new CaseFile("R-2026-0002", "Title", "attorney", T1);
    CaseDeadline deadline =
        CaseDeadline.manual(
            caseFile, "Civil action", LocalDate.of(2030, 5, 15), null, Severity.HIGH, "a", T1);
    deadline.apply(
        new ComputedDeadline(
            "Civil action",
            "740 ILCS 190/30",
            SourceGrade.PRIMARY,
            ComputedDeadline.Status.COMPUTED,
            LocalDate.of(2030, 5, 15),
            null,
            null,
            null,
            "2 years after discovery on 2024-02-10; "
                + IdentityText.part(
                    "minority tolling applies: the client turns 18 on 2028-05-15",
                    "minority tolling applies")
                + " = 2030-05-15",
            List.of(),
            List.of()),
        SourceGrade.PRIMARY,
        "https://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=3954");

    String team = HistorySources.DEADLINE.values(deadline, true).get("explanation");
    String others = HistorySources.DEADLINE.values(deadline, false).get("explanation");

    assertTrue(team.contains("turns 18 on 2028-05-15"), team);
    assertEquals(
        "2 years after discovery on 2024-02-10; minority tolling applies = 2030-05-15", others);
  }

  @Test
  void valuesReadAsText() {
    assertNull(HistoryDiff.text(null));
    assertNull(HistoryDiff.text("  "));
    assertNull(HistoryDiff.text(Set.of()));
    assertEquals("yes", HistoryDiff.text(true));
    assertEquals("no", HistoryDiff.text(false));
    assertEquals("2026-11-27", HistoryDiff.text(LocalDate.of(2026, 11, 27)));
    assertEquals("2026-11-27T09:00:00Z", HistoryDiff.text(T1));
    assertEquals(
        "DOXXING, SYNTHETIC_IMAGERY",
        HistoryDiff.text(EnumSet.of(HarmType.SYNTHETIC_IMAGERY, HarmType.DOXXING)));
    assertEquals("GB, US-NY", HistoryDiff.text(Set.of("US-NY", "GB")));
  }

  @Test
  void caseFieldsAreReadFromTheCase() {
    CaseFile caseFile = new CaseFile("R-2026-0001", "Title", "attorney", T1);
    caseFile.setJurisdictions(Set.of("US", "US-NY"));

    Map<String, String> values = HistorySources.CASE.values(caseFile, true);

    assertEquals("Title", values.get("title"));
    assertEquals("INTAKE", values.get("status"));
    assertEquals("US, US-NY", values.get("jurisdictions"));
    assertNull(values.get("harmTypes"));
  }
}
