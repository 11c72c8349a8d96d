package org.recourse.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  private static void assertPlain(String enumName, String words) {
    assertFalse(words == null || words.isBlank(), enumName + " has no words");
    assertFalse(words.contains("_"), enumName + ": " + words);
    assertFalse(words.toUpperCase(Locale.ROOT).equals(words), enumName + " is shouted: " + words);
    assertFalse(words.contains(enumName), enumName + " shows its name: " + words);
    assertTrue(Character.isUpperCase(words.charAt(0)), enumName + ": " + words);
  }
}
