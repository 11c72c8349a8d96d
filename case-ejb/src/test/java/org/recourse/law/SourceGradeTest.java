package org.recourse.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class SourceGradeTest {

  private final ResourceBundle bundle = ResourceBundle.getBundle(SourceGrade.WORDS, Locale.ROOT);

  @Test
  void everyGradeHasANameAndAMeaningInTheBundle() {
    for (SourceGrade grade : SourceGrade.values()) {
      String key = "SourceGrade." + grade.name();
      assertTrue(bundle.containsKey(key), key + " has no name");
      assertTrue(bundle.containsKey(key + ".meaning"), key + " has no meaning");
      assertFalse(bundle.getString(key).isBlank(), key);
      assertFalse(bundle.getString(key + ".meaning").isBlank(), key + ".meaning");
      assertEquals(bundle.getString(key), grade.label());
      assertEquals(bundle.getString(key + ".meaning"), grade.meaning());
    }
  }

  @Test
  void aGradesMeaningUsesTheWordsOfItsName() {
    for (SourceGrade grade : SourceGrade.values()) {
      String meaning = grade.meaning().toLowerCase(Locale.ROOT);
      for (String word : grade.label().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        assertTrue(
            meaning.matches("(?s).*\\b" + word + "\\b.*"),
            grade + ": \"" + word + "\" of its name is not in its meaning: " + grade.meaning());
      }
      assertFalse(grade.meaning().contains(grade.name()), "a code in words: " + grade.meaning());
    }
  }

  @Test
  void inASentenceTheNameKeepsItsWords() {
    assertEquals("Statute text on an unofficial site", SourceGrade.MIRROR.label());
    assertEquals("statute text on an unofficial site", SourceGrade.MIRROR.inSentence());
    assertEquals("PRIMARY (official text)", SourceGrade.PRIMARY.codeInWords());
    assertEquals("UNCONFIRMED (no source states it)", SourceGrade.UNCONFIRMED.codeInWords());
  }
}
