package org.recourse.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void theFirstOfTheBrowsersLanguagesThePortalSpeaksIsChosen() {
    assertEquals(
        Language.SPANISH,
        Language.preferred(
            List.of(Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("es-MX"))));
    assertEquals(
        Language.ENGLISH,
        Language.preferred(List.of(Locale.forLanguageTag("en-GB"), Locale.forLanguageTag("es"))));
  }

  @Test
  void englishWhenTheBrowserSpeaksNoneOfThePortalsLanguages() {
    assertEquals(Language.ENGLISH, Language.preferred(List.of(Locale.forLanguageTag("fr"))));
    assertEquals(Language.ENGLISH, Language.preferred(List.of()));
  }

  @Test
  void codesAreReadLooselyAndUnknownOnesAreNone() {
    assertEquals(Language.SPANISH, Language.ofCode(" ES ").orElseThrow());
    assertTrue(Language.ofCode("fr").isEmpty());
    assertTrue(Language.ofCode(null).isEmpty());
  }
}
