package org.recourse.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTermsTest {

  @Test
  void storesEveryEndingThatStartsOutsideWhiteSpace() {
    assertEquals(
        Set.of(
            "r-26-12", "-26-12", "26-12", "6-12", "-12", "12", "ember 7", "mber 7", "ber 7", "er 7",
            "r 7"),
        SearchTerms.of("R-26-12", "Ember 7", "1"));
  }

  @Test
  void cutsLongEndings() {
    Set<String> terms = SearchTerms.of("A" + "b".repeat(40));
    assertTrue(terms.contains("a" + "b".repeat(SearchTerms.LONGEST - 1)));
    terms.forEach(term -> assertTrue(term.length() <= SearchTerms.LONGEST, term));
    assertTrue(SearchTerms.of((String) null).isEmpty());
  }

  @Test
  void aTextUpToTheTermsLengthIsAnsweredExactlyFromTheIndex() {
    SearchTerms.Query query = SearchTerms.query("  Synthetic Case 12 ");
    assertEquals("synthetic case 12", query.prefix());
    assertTrue(query.exact());
  }

  @Test
  void aLongerTextIsCheckedAfterAndAShortOneReadsEveryCase() {
    SearchTerms.Query tooLong = SearchTerms.query("x".repeat(40));
    assertEquals("x".repeat(SearchTerms.LONGEST), tooLong.prefix());
    assertFalse(tooLong.exact());
    SearchTerms.Query single = SearchTerms.query(" a ");
    assertFalse(single.usesIndex());
    assertNull(single.prefix());
    assertFalse(single.exact());
  }

  @Test
  void theRangeOfAPrefixEndsAtTheFirstTextThatDoesNotStartWithIt() {
    assertEquals("embes", SearchTerms.query("Ember").prefixEnd());
    assertEquals("r-2026-1", SearchTerms.query("R-2026-0").prefixEnd());
    assertEquals("caf\u00ea", SearchTerms.query("Café").prefixEnd());
    // A character outside the first plane: the end is the next code point, two UTF-16 units.
    assertEquals("a\uD83D\uDE01", SearchTerms.query("a\uD83D\uDE00").prefixEnd());

    // Every term that starts with the prefix is in [prefix, end), in code point order (PostgreSQL's
    // byte order of UTF-8) and in UTF-16 order (H2's); the terms that do not are outside it.
    String prefix = SearchTerms.query("ember").prefix();
    String end = SearchTerms.query("ember").prefixEnd();
    for (String term :
        java.util.List.of(
            "ember", "ember 12", "ember\uffff", "ember\uD83D\uDE00", "embeq", "embes", "embf")) {
      boolean inRange =
          term.compareTo(prefix) >= 0
              && term.compareTo(end) < 0
              && codePoints(term).compareTo(codePoints(prefix)) >= 0
              && codePoints(term).compareTo(codePoints(end)) < 0;
      assertEquals(term.startsWith(prefix), inRange, term);
    }
  }

  @Test
  void noEndIsGivenWhereTheTwoOrdersWouldDisagree() {
    assertNull(SearchTerms.query("ab\uffff").prefixEnd(), "U+FFFF: the next is outside the plane");
    assertNull(SearchTerms.query("ab\ud7ff").prefixEnd(), "the next would be a surrogate");
    assertNull(SearchTerms.query("a").prefixEnd(), "too short for the index: no range at all");
  }

  /** A text's code points, comparable as PostgreSQL compares UTF-8 bytes under COLLATE "C". */
  private static String codePoints(String text) {
    return text.codePoints()
        .mapToObj(cp -> String.format("%06x", cp))
        .collect(java.util.stream.Collectors.joining());
  }

  /** Every part of a text the full search would find it by starts one of the text's terms. */
  @ParameterizedTest
  @CsvSource({
    "R-2026-100065, 2026-1000",
    "R-2026-100065, 065",
    "Synthetic case 1234, tic case 12",
    "Ember Quill, ber qu",
    "Café für Zoë, É FÜ",
    "A title well past the thirty-two characters of a term, past the thirty-two characters of a"
  })
  void everyPartOfATextStartsOneOfItsTerms(String text, String part) {
    assertTrue(text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT)));
    String prefix = SearchTerms.query(part).prefix();
    assertTrue(
        SearchTerms.of(text).stream().anyMatch(term -> term.startsWith(prefix)),
        prefix + " starts none of " + SearchTerms.of(text));
  }

  @Test
  void aTextThatIsNotThereStartsNoTerm() {
    Set<String> terms = SearchTerms.of("Synthetic case 1234", "Ember 9");
    for (String absent : new String[] {"case 1235", "synthetic  case", "ember 99", "mber9"}) {
      String prefix = SearchTerms.query(absent).prefix();
      assertFalse(terms.stream().anyMatch(term -> term.startsWith(prefix)), absent);
    }
  }
}
