package org.recourse.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchKeyTest {

  @ParameterizedTest
  @CsvSource({
    "Zoë, zoe",
    "Müller, muller",
    "José Núñez, jose nunez",
    "FRANÇOISE, francoise",
    "Ångström, angstrom",
    "İpek, ipek"
  })
  void accentsAndCaseAreIgnored(String raw, String expected) {
    assertEquals(expected, SearchKey.normalizeName(raw));
  }

  @ParameterizedTest
  @CsvSource({
    "Łukasz, lukasz",
    "Søren, soren",
    "Đorđe, dorde",
    "Straße, strasse",
    "Ærin, aerin",
    "Œdipe, oedipe",
    "Kırık, kirik",
    "Þóra, thora"
  })
  void lettersWithoutADecompositionAreFolded(String raw, String expected) {
    assertEquals(expected, SearchKey.normalizeName(raw));
  }

  @Test
  void punctuationSeparatesWords() {
    assertEquals("o brien smith jane", SearchKey.normalizeName("O'Brien-Smith, Jane"));
    assertEquals("ka iulani", SearchKey.normalizeName("Kaʻiulani"));
  }

  @Test
  void whitespaceIsCollapsedAndTrimmed() {
    assertEquals("jane smith", SearchKey.normalizeName("  Jane \t  Smith\n"));
  }

  @Test
  void nullBecomesEmpty() {
    assertEquals("", SearchKey.normalizeName(null));
    assertEquals("", SearchKey.normalizeHandle(null));
    assertEquals("", SearchKey.normalizeEmail(null));
    assertEquals("", SearchKey.normalizePhone(null));
  }

  @Test
  void handleLosesItsAtSignAndWhitespace() {
    assertEquals("some.user", SearchKey.normalizeHandle("  @Some.User "));
    assertEquals("some_user-2", SearchKey.normalizeHandle("@some_user - 2"));
    assertEquals("zoe.k", SearchKey.normalizeHandle("@Zoë.K"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://instagram.com/some.user/",
        "http://www.instagram.com/some.user?igsh=abc123",
        "instagram.com/some.user",
        "https://www.tiktok.com/@some.user",
        "https://www.reddit.com/user/some.user/",
        "https://x.com/Some.User/status/1234567890#reply"
      })
  void profileAddressGivesItsHandle(String address) {
    assertEquals("some.user", SearchKey.normalizeHandle(address));
  }

  @Test
  void profileAddressWithoutAPathHasNoHandle() {
    assertEquals("", SearchKey.normalizeHandle("https://instagram.com/"));
  }

  @Test
  void emailIsTrimmedAndLowerCase() {
    assertEquals("jane.doe@example.org", SearchKey.normalizeEmail("  Jane.Doe@Example.ORG "));
  }

  @ParameterizedTest
  @CsvSource({
    "+44 7700 900123, 700900123",
    "0044 7700 900123, 700900123",
    "07700 900123, 700900123",
    "(555) 010-0123, 550100123",
    "+1 555 010 0123, 550100123"
  })
  void phoneIsComparedOnItsLastNineSignificantDigits(String raw, String expected) {
    assertEquals(expected, SearchKey.normalizePhone(raw));
  }

  @Test
  void shortPhoneKeepsAllSignificantDigits() {
    assertEquals("30123456", SearchKey.normalizePhone("030 / 123 456"));
  }
}
