package org.recourse.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recourse.audit.AccessOutcome;
import org.recourse.audit.TargetType;
import org.recourse.casefile.CaseRole;
import org.recourse.casefile.CaseStatus;
import org.recourse.casefile.HarmType;
import org.recourse.casefile.PersonKind;
import org.recourse.casefile.Priority;
import org.recourse.conflict.MatchQuality;
import org.recourse.conflict.PartyRole;
import org.recourse.deadline.DeadlineStatus;
import org.recourse.evidence.CaptureMethod;
import org.recourse.law.LawLibraryDiff;
import org.recourse.law.Severity;
import org.recourse.law.SourceGrade;
import org.recourse.law.StatuteKind;
import org.recourse.removal.ContentKind;
import org.recourse.removal.RemovalStatus;
import org.recourse.removal.check.UrlState;

class WordsTest {

  private final Words words = new Words(() -> Locale.ENGLISH);

  @Test
  void codesReadAsWords() {
    assertEquals("Intake", words.of(CaseStatus.INTAKE));
    assertEquals("Lead attorney", words.of(CaseRole.LEAD_ATTORNEY));
    assertEquals("Received from the client", words.of(CaptureMethod.RECEIVED_FROM_VICTIM));
    assertEquals("Search result", words.of(ContentKind.SEARCH_RESULT));
    assertEquals("Sent", words.of(RemovalStatus.SUBMITTED));
    assertEquals("Gone", words.of(UrlState.DOWN));
    assertEquals("Statute text on an unofficial site", words.of(SourceGrade.MIRROR));
    assertEquals("Denied", words.of(AccessOutcome.DENIED));
    assertEquals("Evidence item", words.of(TargetType.EVIDENCE_ITEM));
    assertEquals("", words.of(null));
  }

  @Test
  void everyValueOfTheEnumsPagesShowHasALabelInTheBundle() {
    List<Class<? extends Enum<?>>> shown =
        List.of(
            CaseStatus.class,
            Priority.class,
            HarmType.class,
            CaseRole.class,
            PersonKind.class,
            DeadlineStatus.class,
            Severity.class,
            StatuteKind.class,
            LawLibraryDiff.ImportOutcome.class,
            CaptureMethod.class,
            ContentKind.class,
            RemovalStatus.class,
            UrlState.class,
            AccessOutcome.class,
            TargetType.class,
            PartyRole.class,
            MatchQuality.class);
    java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle(Words.BUNDLE);
    for (Class<? extends Enum<?>> type : shown) {
      for (Enum<?> value : type.getEnumConstants()) {
        String key = type.getSimpleName() + "." + value.name();
        assertEquals(true, bundle.containsKey(key), key + " has no label");
      }
    }
  }

  @Test
  void pagesNameEachSourceGradeAsTheLawsBundleDoesAndNowhereElse() {
    java.util.ResourceBundle pages = java.util.ResourceBundle.getBundle(Words.BUNDLE);
    for (SourceGrade grade : SourceGrade.values()) {
      assertEquals(grade.label(), words.of(grade));
      assertEquals(grade.label(), words.recorded(grade.name()), "in the case history too");
      assertEquals(
          false,
          pages.containsKey("SourceGrade." + grade.name()),
          "a second wording of " + grade + " in the pages' bundle");
    }
    assertEquals(List.of(SourceGrade.values()), words.grades());
  }

  @Test
  void listsAreJoinedAndAnEmptyOneReadsNone() {
    assertEquals("none", words.list(Set.of()));
    assertEquals("none", words.list(null));
    assertEquals(
        "Intimate images shared without consent",
        words.list(Set.of(HarmType.NON_CONSENSUAL_SHARING)));
  }

  @Test
  void jurisdictionsAreNamedWithTheirCode() {
    Map<String, String> catalogue = Map.of("US", "United States", "US-NY", "New York");
    assertEquals(
        "United States (US), New York (US-NY)",
        words.jurisdictions(List.of("US-NY", "US"), catalogue));
    assertEquals("XX-ZZ", words.jurisdictions(List.of("XX-ZZ"), catalogue));
    assertEquals("none", words.jurisdictions(List.of(), catalogue));
  }

  @Test
  void recordedValuesReadAsWordsAndMomentsAsThePagesShowThem() {
    assertEquals("2026-12-01 19:00 UTC", words.recorded("2026-12-01T19:00:54.490981551Z"));
    assertEquals("Lead attorney", words.recorded("LEAD_ATTORNEY"));
    assertEquals(
        "Intimate images shared without consent, Doxxing (personal details published)",
        words.recorded("[NON_CONSENSUAL_SHARING, DOXXING]"));
    assertEquals("none", words.recorded("[]"));
    assertEquals("US-NY", words.recorded("US-NY"));
    assertEquals("Hearing vacated", words.recorded("Hearing vacated"));
    assertEquals("2027-03-01", words.recorded("2027-03-01"));
    assertEquals("Partial (one word of a longer name)", words.recorded("PARTIAL"));
    assertEquals("Client", words.recorded("VICTIM"));
  }
}
