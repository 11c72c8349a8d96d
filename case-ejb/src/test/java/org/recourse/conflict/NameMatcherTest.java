package org.recourse.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

  private final NameMatcher matcher = new NameMatcher();

  @Test
  void sameNameInAnotherCaseIsExact() {
    assertEquals(Optional.of(MatchQuality.EXACT), matcher.match("jANE smith", "Jane Smith"));
  }

  @Test
  void accentsAreIgnored() {
    assertEquals(Optional.of(MatchQuality.EXACT), matcher.match("Zoe Muller", "Zoë Müller"));
    assertEquals(Optional.of(MatchQuality.EXACT), matcher.match("Lukasz Nowak", "Łukasz Nowak"));
  }

  @Test
  void swappedGivenAndFamilyNameIsExact() {
    assertEquals(Optional.of(MatchQuality.EXACT), matcher.match("Smith Jane", "Jane Smith"));
    assertEquals(Optional.of(MatchQuality.EXACT), matcher.match("Smith, Jane", "Jane Smith"));
  }

  @Test
  void differentSpacingOfTheSameLettersIsExact() {
    assertEquals(
        Optional.of(MatchQuality.EXACT), matcher.match("Annmarie Okafor", "Ann-Marie Okafor"));
  }

  @Test
  void oneTypoInALongNameIsSimilar() {
    assertEquals(
        Optional.of(MatchQuality.SIMILAR), matcher.match("Jonathon Reyes", "Jonathan Reyes"));
  }

  @Test
  void swappedAdjacentLettersAreOneTypo() {
    assertEquals(Optional.of(MatchQuality.SIMILAR), matcher.match("Jane Smtih", "Jane Smith"));
    assertEquals(Optional.of(MatchQuality.SIMILAR), matcher.match("Smtih", "Smith"));
  }

  @Test
  void wordsOfEightLettersOrMoreAllowTwoTypos() {
    assertEquals(
        Optional.of(MatchQuality.SIMILAR), matcher.match("Kristopher Vale", "Christopher Vale"));
  }

  @Test
  void wordsUpToSevenLettersAllowOneTypoOnly() {
    assertEquals(Optional.empty(), matcher.match("Jane Smith", "Jane Smythe"));
  }

  @Test
  void shortNamesNeedExactMatch() {
    assertEquals(Optional.empty(), matcher.match("Lu Wei", "Li Wei"));
    assertEquals(Optional.empty(), matcher.match("Ann Lee", "Anne Lee"));
    assertEquals(Optional.of(MatchQuality.EXACT), matcher.match("Wei Li", "Li Wei"));
  }

  @Test
  void familyNameAloneIsPartial() {
    assertEquals(Optional.of(MatchQuality.PARTIAL), matcher.match("Smith", "Jane Smith"));
    assertEquals(Optional.of(MatchQuality.PARTIAL), matcher.match("Smtih", "Jane Smith"));
  }

  @Test
  void missingMiddleNameIsSimilarEitherWayRound() {
    assertEquals(Optional.of(MatchQuality.SIMILAR), matcher.match("Jane Smith", "Jane Mary Smith"));
    assertEquals(Optional.of(MatchQuality.SIMILAR), matcher.match("Jane Mary Smith", "Jane Smith"));
  }

  @Test
  void unrelatedNamesDoNotMatch() {
    assertEquals(Optional.empty(), matcher.match("Jane Smith", "John Smythe-Brown"));
    assertEquals(Optional.empty(), matcher.match("Jane Smith", "John Smith"));
    assertEquals(Optional.empty(), matcher.match("Priya Natarajan", "Oluwaseun Adeyemi"));
  }

  @Test
  void eachWordPairsWithADifferentWord() {
    assertEquals(Optional.empty(), matcher.match("Anna Anna", "Anna Smith"));
  }

  @Test
  void wordsArePairedEvenWhenTheFirstChoiceIsWrong() {
    // "maria" is one typo from both "marta" and "mario"; only maria-mario, marta-marta pairs all.
    assertEquals(Optional.of(MatchQuality.SIMILAR), matcher.match("Maria Marta", "Marta Mario"));
  }

  @Test
  void queryShorterThanTwoLettersNeverMatches() {
    assertEquals(Optional.empty(), matcher.match("J", "J"));
    assertEquals(Optional.empty(), matcher.match(" - ", "Jane Smith"));
    assertEquals(Optional.empty(), matcher.match(null, "Jane Smith"));
    assertEquals(Optional.of(MatchQuality.EXACT), matcher.match("Bo", "Bo"));
  }

  @Test
  void handleUrlMatchesAtHandle() {
    assertEquals(
        Optional.of(MatchQuality.EXACT),
        matcher.matchHandle("https://instagram.com/some.user/", "@some.user"));
  }

  @Test
  void longHandleWithOneTypoIsSimilar() {
    assertEquals(Optional.of(MatchQuality.SIMILAR), matcher.matchHandle("@some.usr", "@Some.User"));
  }

  @Test
  void shortHandleNeedsExactMatch() {
    assertEquals(Optional.empty(), matcher.matchHandle("@jd01", "@jd02"));
  }

  @Test
  void emailIsCaseInsensitiveButOtherwiseExact() {
    assertEquals(
        Optional.of(MatchQuality.EXACT),
        matcher.matchEmail(" Jane.Doe@Example.ORG ", "jane.doe@example.org"));
    assertEquals(
        Optional.empty(), matcher.matchEmail("jane.doe@example.org", "jane.do@example.org"));
  }

  @Test
  void phoneWithCountryCodeMatchesNationalFormat() {
    assertEquals(
        Optional.of(MatchQuality.EXACT), matcher.matchPhone("+44 7700 900123", "07700 900123"));
    assertEquals(
        Optional.of(MatchQuality.EXACT), matcher.matchPhone("+1 (555) 010-0123", "555-010-0123"));
  }

  @Test
  void shortNationalNumberEndingALongerOneIsPartial() {
    assertEquals(
        Optional.of(MatchQuality.PARTIAL), matcher.matchPhone("+49 30 123456", "030 123456"));
  }

  @Test
  void differentOrTooShortPhonesDoNotMatch() {
    assertEquals(Optional.empty(), matcher.matchPhone("+44 7700 900123", "+44 7700 900124"));
    assertEquals(Optional.empty(), matcher.matchPhone("123456", "123456"));
  }
}
