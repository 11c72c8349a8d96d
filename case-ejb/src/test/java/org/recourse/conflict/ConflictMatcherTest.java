package org.recourse.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConflictMatcherTest {

  private final ConflictMatcher matcher = new ConflictMatcher();

  @Test
  void bestHitPerCandidateStrongestFirst() {
    ConflictCandidate smithByName = person(1, "2025-0003", "Jane Smith");
    ConflictCandidate smithByAlias = person(2, "2025-0002", "Smith", "Jane Smith");
    ConflictCandidate smyth = person(3, "2025-0001", "Jane Smyth");
    ConflictCandidate familyOnly = person(4, "2025-0004", "Alex Smith");
    ConflictCandidate unrelated = person(5, "2025-0005", "Oluwaseun Adeyemi");

    List<ConflictHit> hits =
        matcher.find(
            "Jane Smith", List.of(unrelated, smyth, familyOnly, smithByName, smithByAlias));

    assertEquals(
        List.of(
            new ConflictHit(smithByAlias, ConflictHit.ALIAS, MatchQuality.EXACT),
            new ConflictHit(smithByName, ConflictHit.NAME, MatchQuality.EXACT),
            new ConflictHit(smyth, ConflictHit.NAME, MatchQuality.SIMILAR)),
        hits);
  }

  @Test
  void familyNameAloneFindsEveryoneWithThatName() {
    ConflictCandidate jane = person(1, "2025-0001", "Jane Smith");
    ConflictCandidate alex = person(2, "2025-0002", "Alex Smith");

    List<ConflictHit> hits = matcher.find("smith", List.of(alex, jane));

    assertEquals(
        List.of(
            new ConflictHit(jane, ConflictHit.NAME, MatchQuality.PARTIAL),
            new ConflictHit(alex, ConflictHit.NAME, MatchQuality.PARTIAL)),
        hits);
  }

  @Test
  void accentsAreIgnored() {
    ConflictCandidate zoe = person(1, "2025-0001", "Zoë Łukaszewska");

    assertEquals(
        List.of(new ConflictHit(zoe, ConflictHit.NAME, MatchQuality.EXACT)),
        matcher.find("zoe lukaszewska", List.of(zoe)));
  }

  @Test
  void nameQueryIsAlsoComparedWithHandles() {
    ConflictCandidate respondent = withHandles(person(1, "2025-0001"), "@jane_smith");

    assertEquals(
        List.of(new ConflictHit(respondent, ConflictHit.HANDLE, MatchQuality.EXACT)),
        matcher.find("Jane Smith", List.of(respondent)));
  }

  @Test
  void handleUrlMatchesAtHandle() {
    ConflictCandidate respondent = withHandles(person(1, "2025-0001"), "@some.user");

    assertEquals(
        List.of(new ConflictHit(respondent, ConflictHit.HANDLE, MatchQuality.EXACT)),
        matcher.find("https://instagram.com/some.user/", List.of(respondent)));
  }

  @Test
  void handleWithADotIsNotTakenForAnEmail() {
    ConflictCandidate respondent = withHandles(person(1, "2025-0001"), "some.user");

    assertEquals(1, matcher.find("@some.user", List.of(respondent)).size());
  }

  @Test
  void handleQueryIsAlsoComparedWithNames() {
    ConflictCandidate victim = person(1, "2025-0001", "Jane Smith");

    assertEquals(
        List.of(new ConflictHit(victim, ConflictHit.NAME, MatchQuality.EXACT)),
        matcher.find("@JaneSmith", List.of(victim)));
  }

  @Test
  void emailQueryMatchesEmails() {
    ConflictCandidate victim =
        new ConflictCandidate(
            1,
            "2025-0001",
            PartyRole.VICTIM,
            List.of("Jane Smith"),
            List.of(),
            List.of("other@example.org", "Jane.Smith@Example.org"),
            List.of());

    assertEquals(
        List.of(new ConflictHit(victim, ConflictHit.EMAIL, MatchQuality.EXACT)),
        matcher.find(" jane.smith@example.ORG", List.of(victim)));
    assertTrue(matcher.find("jane.smyth@example.org", List.of(victim)).isEmpty());
  }

  @Test
  void phoneWithCountryCodeMatchesNationalFormat() {
    ConflictCandidate respondent =
        new ConflictCandidate(
            1,
            "2025-0001",
            PartyRole.RESPONDENT,
            List.of(),
            List.of(),
            List.of(),
            List.of("07700 900123"));

    assertEquals(
        List.of(new ConflictHit(respondent, ConflictHit.PHONE, MatchQuality.EXACT)),
        matcher.find("+44 7700 900123", List.of(respondent)));
  }

  @Test
  void unrelatedNamesDoNotMatch() {
    ConflictCandidate other = person(1, "2025-0001", "John Smythe-Brown", "J. Brown");

    assertTrue(matcher.find("Jane Smith", List.of(other)).isEmpty());
  }

  @Test
  void blankQueryFindsNothing() {
    ConflictCandidate jane = person(1, "2025-0001", "Jane Smith");

    assertTrue(matcher.find("  ", List.of(jane)).isEmpty());
    assertTrue(matcher.find(null, List.of(jane)).isEmpty());
  }

  @Test
  void aHundredThousandPeopleAreScannedQuickly() {
    List<ConflictCandidate> people = syntheticPeople(100_000);
    ConflictCandidate target =
        person(100_001, "2025-100001", "Marguerite Okonkwo-Delacroix", "Maggie Okonkwo");
    people.add(target);
    matcher.find("Marguerite Okonkwo Delacroix", people);

    List<ConflictHit> hits =
        assertTimeout(
            Duration.ofSeconds(2), () -> matcher.find("Marguerite Okonkwo Delacroix", people));

    assertEquals(new ConflictHit(target, ConflictHit.NAME, MatchQuality.EXACT), hits.get(0));
  }

  private static ConflictCandidate person(long caseId, String caseNumber, String... names) {
    return new ConflictCandidate(
        caseId, caseNumber, PartyRole.VICTIM, List.of(names), List.of(), List.of(), List.of());
  }

  private static ConflictCandidate withHandles(ConflictCandidate person, String... handles) {
    return new ConflictCandidate(
        person.caseId(),
        person.caseNumber(),
        PartyRole.RESPONDENT,
        person.names(),
        List.of(handles),
        person.emails(),
        person.phones());
  }

  /** Invented names built from syllables, three per person, with a handle, email and phone. */
  private static List<ConflictCandidate> syntheticPeople(int count) {
    String[] syllables = {
      "ka", "lo", "mi", "ren", "tas", "vel", "dor", "an", "is", "bru", "che", "pal", "zun", "ot",
      "fe", "gar", "hin", "jul", "mer", "sol"
    };
    Random random = new Random(20250101);
    List<ConflictCandidate> people = new ArrayList<>(count + 1);
    for (int i = 0; i < count; i++) {
      String given = word(syllables, random, 2);
      String family = word(syllables, random, 3);
      String alias = word(syllables, random, 2);
      people.add(
          new ConflictCandidate(
              i,
              String.format("2024-%06d", i),
              i % 2 == 0 ? PartyRole.VICTIM : PartyRole.RESPONDENT,
              List.of(given + " " + family, alias + " " + family, given),
              List.of("@" + given.toLowerCase() + "_" + i),
              List.of(given.toLowerCase() + i + "@example.org"),
              List.of(String.format("+44 7700 %06d", i))));
    }
    return people;
  }

  private static String word(String[] syllables, Random random, int length) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append(syllables[random.nextInt(syllables.length)]);
    }
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
