package org.recourse.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTermsTest {

  @Test
  void storesEveryEndingOfEveryWordOfAtLeastTwoCharacters() {
    assertEquals(
        Set.of(
            "ember",
            "mber",
            "ber",
            "er",
            "12",
            "r-2026-0012",
            "-2026-0012",
            "2026-0012",
            "026-0012",
            "26-0012",
            "6-0012",
            "-0012",
            "0012",
            "012"),
        SearchTerms.of("R-2026-0012", "Ember", "12"));
  }

  @Test
  void lowerCasesAndCutsLongWords() {
    Set<String> terms = SearchTerms.of("A" + "b".repeat(40));
    assertTrue(terms.contains("a" + "b".repeat(SearchTerms.LONGEST - 1)));
    terms.forEach(term -> assertTrue(term.length() <= SearchTerms.LONGEST, term));
    assertTrue(SearchTerms.of((String) null).isEmpty());
  }

  @Test
  void oneWordIsAnsweredExactlyFromTheIndex() {
    SearchTerms.Query query = SearchTerms.query("  Mber ");
    assertEquals(List.of("mber"), query.prefixes());
    assertTrue(query.exact());
  }

  @Test
  void severalWordsOrAShortOneAreCheckedAgainstTheText() {
    SearchTerms.Query several = SearchTerms.query("Synthetic case 12");
    assertEquals(List.of("synthetic", "case", "12"), several.prefixes());
    assertFalse(several.exact());
    SearchTerms.Query withShort = SearchTerms.query("Ember 1");
    assertEquals(List.of("ember"), withShort.prefixes());
    assertFalse(withShort.exact());
    SearchTerms.Query tooLong = SearchTerms.query("x".repeat(40));
    assertEquals(List.of("x".repeat(SearchTerms.LONGEST)), tooLong.prefixes());
    assertFalse(tooLong.exact());
    SearchTerms.Query single = SearchTerms.query("a");
    assertFalse(single.usesIndex());
    assertFalse(single.exact());
  }

  /**
   * The index never loses a case the full search finds: a substring of a text, as the search cuts
   * it into words, always finds each word at the start of one of the text's terms.
   */
  @ParameterizedTest
  @CsvSource({
    "R-2026-100065, 2026-1000",
    "R-2026-100065, 065",
    "Synthetic case 1234, tic case 12",
    "Synthetic case 1234, case",
    "Ember Quill, ber qu",
    "Café für Zoë, É FÜ"
  })
  void everyPartOfATextIsFoundThroughItsTerms(String text, String part) {
    assertTrue(text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT)));
    Set<String> terms = SearchTerms.of(text);
    for (String prefix : SearchTerms.query(part).prefixes()) {
      assertTrue(
          terms.stream().anyMatch(term -> term.startsWith(prefix)),
          prefix + " starts none of " + terms);
    }
  }
}
