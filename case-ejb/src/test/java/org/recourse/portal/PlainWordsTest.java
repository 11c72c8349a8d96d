package org.recourse.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recourse.portal.Language.SPANISH;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.recourse.casefile.CaseStatus;
import org.recourse.removal.RemovalStatus;

class PlainWordsTest {

  @Test
  void everyCaseStatusHasPlainWordsAndAnExplanationWithoutItsEnumName() {
    for (CaseStatus status : CaseStatus.values()) {
      assertPlain(status.name(), PlainWords.of(status));
      assertPlain(status.name(), PlainWords.explain(status));
    }
  }

  @Test
  void everyRemovalStatusHasPlainWordsWithoutItsEnumName() {
    for (RemovalStatus status : RemovalStatus.values()) {
      assertPlain(status.name(), PlainWords.of(status));
    }
  }

  @Test
  void everyReportStatusHasPlainWordsWithoutItsEnumName() {
    for (ReportStatus status : ReportStatus.values()) {
      assertPlain(status.name(), PlainWords.of(status));
    }
  }

  @Test
  void everyStatusHasItsOwnSpanishWords() {
    for (CaseStatus status : CaseStatus.values()) {
      assertSpanish(status.name(), PlainWords.of(status), PlainWords.of(status, SPANISH));
      assertSpanish(status.name(), PlainWords.explain(status), PlainWords.explain(status, SPANISH));
    }
    for (RemovalStatus status : RemovalStatus.values()) {
      assertSpanish(status.name(), PlainWords.of(status), PlainWords.of(status, SPANISH));
    }
    for (ReportStatus status : ReportStatus.values()) {
      assertSpanish(status.name(), PlainWords.of(status), PlainWords.of(status, SPANISH));
    }
    assertEquals("Su equipo está trabajando en ello", PlainWords.of(CaseStatus.ACTIVE, SPANISH));
  }

  private static void assertSpanish(String enumName, String english, String spanish) {
    assertPlain(enumName, spanish);
    assertNotEquals(english, spanish, enumName + " is not translated");
  }

  private static void assertPlain(String enumName, String words) {
    assertFalse(words == null || words.isBlank(), enumName + " has no words");
    assertFalse(words.contains("_"), enumName + ": " + words);
    assertFalse(words.toUpperCase(Locale.ROOT).equals(words), enumName + " is shouted: " + words);
    assertFalse(words.contains(enumName), enumName + " shows its name: " + words);
    assertTrue(Character.isUpperCase(words.charAt(0)), enumName + ": " + words);
  }
}
