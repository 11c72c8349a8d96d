package org.recourse.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The blind index never hides a match: whenever {@link ConflictMatcher} matches a term with a
 * party, the term's keys meet the party's, over many names, handles, e-mail addresses and phone
 * numbers with typos of every kind the matcher tolerates (and some it does not).
 */
class BlindKeysTest {

  private static final List<String> WORDS =
      List.of(
          "jane",
          "smith",
          "jonathan",
          "annmarie",
          "ann",
          "marie",
          "zoë",
          "łukaszewska",
          "li",
          "wu",
          "alexander",
          "ng",
          "o'brien",
          "müller",
          "josé",
          "garcía",
          "bo",
          "abigail",
          "christopher",
          "kowalczyk",
          "nakamura",
          "oluwaseun",
          "de",
          "la",
          "cruz",
          "van",
          "der",
          "berg");

  private final ConflictMatcher matcher = new ConflictMatcher();

  @Test
  void everyMatchOfManyRandomTermsSharesAKeyWithTheParty() {
    SplittableRandom random = new SplittableRandom(20261206);
    int matches = 0;
    for (int round = 0; round < 4000; round++) {
      ConflictCandidate party = randomParty(random);
      Set<String> partyKeys =
          BlindKeys.ofParty(party.names(), party.handles(), party.emails(), party.phones());
      for (String term : termsNear(party, random)) {
        if (!matcher.find(term, List.of(party)).isEmpty()) {
          matches++;
          Set<String> termKeys = BlindKeys.ofQuery(term);
          assertFalse(
              Collections.disjoint(termKeys, partyKeys),
              () -> "No shared key for '" + term + "' and " + party);
        }
      }
    }
    assertTrue(matches > 10_000, "the walk met too few matches to say anything: " + matches);
  }

  @Test
  void theMatcherCasesOfItsOwnTestsShareKeys() {
    assertShared("Jane Smith", List.of("Smith Jane"));
    assertShared("Annmarie", List.of("Ann-Marie"));
    assertShared("Smtih", List.of("Jane Smith"));
    assertShared("Jonathon Smith", List.of("Jonathan Smith"));
    assertShared("Christophre Kowalcyzk", List.of("Christopher Kowalczyk"));
    assertShared("Zoe Lukaszewska", List.of("Zoë Łukaszewska"));
    Set<String> handle = BlindKeys.ofParty(List.of(), List.of("@jane_smith"), List.of(), List.of());
    assertFalse(Collections.disjoint(BlindKeys.ofQuery("Jane Smith"), handle));
    assertFalse(
        Collections.disjoint(BlindKeys.ofQuery("https://instagram.com/jane_smith"), handle));
    Set<String> phone =
        BlindKeys.ofParty(List.of(), List.of(), List.of(), List.of("0151 234 5678"));
    assertFalse(Collections.disjoint(BlindKeys.ofQuery("+49 151 2345678"), phone));
  }

  @Test
  void differentKindsOfValueNeverShareAKeyAndEveryPartyIsMarked() {
    Set<String> email =
        BlindKeys.ofParty(List.of(), List.of(), List.of("jane@example.org"), List.of());
    Set<String> name =
        BlindKeys.ofParty(List.of("jane@example.org"), List.of(), List.of(), List.of());
    Set<String> shared = new HashSet<>(email);
    shared.retainAll(name);
    assertEquals(Set.of(BlindKeys.MARKER), shared);
    assertTrue(
        BlindKeys.ofParty(List.of(), List.of(), List.of(), List.of()).contains(BlindKeys.MARKER));
    assertFalse(BlindKeys.ofQuery("Jane Smith").contains(BlindKeys.MARKER));
    assertTrue(BlindKeys.ofQuery("  ").isEmpty());
  }

  @Test
  void unrelatedNamesUsuallyShareNoKey() {
    assertTrue(
        Collections.disjoint(
            BlindKeys.ofQuery("Oluwaseun Nakamura"),
            BlindKeys.ofParty(List.of("Jane Smith"), List.of(), List.of(), List.of())));
  }

  private void assertShared(String term, List<String> names) {
    ConflictCandidate party =
        new ConflictCandidate(1, "R-1", PartyRole.VICTIM, names, List.of(), List.of(), List.of());
    assertFalse(matcher.find(term, List.of(party)).isEmpty(), term + " should match " + names);
    assertFalse(
        Collections.disjoint(
            BlindKeys.ofQuery(term), BlindKeys.ofParty(names, List.of(), List.of(), List.of())),
        term);
  }

  private static ConflictCandidate randomParty(SplittableRandom random) {
    List<String> names = new ArrayList<>();
    for (int n = random.nextInt(3); n >= 0; n--) {
      names.add(randomName(random));
    }
    List<String> handles = new ArrayList<>();
    if (random.nextBoolean()) {
      handles.add("@" + randomName(random).replace(' ', random.nextBoolean() ? '_' : '.'));
    }
    List<String> emails = new ArrayList<>();
    if (random.nextBoolean()) {
      emails.add(randomName(random).replace(' ', '.') + "@example.org");
    }
    List<String> phones = new ArrayList<>();
    if (random.nextBoolean()) {
      phones.add("+1 " + (2_000_000_000L + random.nextLong(7_000_000_000L)));
    }
    return new ConflictCandidate(1, "R-1", PartyRole.RESPONDENT, names, handles, emails, phones);
  }

  private static String randomName(SplittableRandom random) {
    int words = 1 + random.nextInt(3);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        name.append(' ');
      }
      name.append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return name.toString();
  }

  /** Terms an advocate might type for this party: its values, reordered, cut and mistyped. */
  private static List<String> termsNear(ConflictCandidate party, SplittableRandom random) {
    List<String> terms = new ArrayList<>();
    for (String name : party.names()) {
      terms.add(name);
      String[] words = name.split(" ");
      terms.add(words[words.length - 1]);
      List<String> shuffled = new ArrayList<>(List.of(words));
      Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
      terms.add(String.join(" ", shuffled));
      terms.add(name.replace(" ", ""));
      for (int typos = 1; typos <= 3; typos++) {
        terms.add(mistype(name, typos, random));
      }
    }
    for (String handle : party.handles()) {
      terms.add(handle);
      terms.add(mistype(handle, 1, random));
      terms.add("https://example.com/" + handle.substring(1));
      terms.add(handle.substring(1).replace('_', ' ').replace('.', ' '));
    }
    for (String email : party.emails()) {
      terms.add(email.toUpperCase(java.util.Locale.ROOT));
      terms.add(mistype(email, 1, random));
    }
    for (String phone : party.phones()) {
      String digits = phone.replaceAll("[^0-9]", "");
      terms.add(digits);
      terms.add(digits.substring(digits.length() - 7));
      terms.add(mistype(digits, 1, random));
    }
    return terms;
  }

  private static String mistype(String text, int typos, SplittableRandom random) {
    StringBuilder out = new StringBuilder(text);
    for (int t = 0; t < typos && out.length() > 1; t++) {
      int at = random.nextInt(out.length());
      char letter = (char) ('a' + random.nextInt(26));
      switch (random.nextInt(4)) {
        case 0 -> out.setCharAt(at, letter);
        case 1 -> out.insert(at, letter);
        case 2 -> out.deleteCharAt(at);
        default -> {
          if (at + 1 < out.length()) {
            char first = out.charAt(at);
            out.setCharAt(at, out.charAt(at + 1));
            out.setCharAt(at + 1, first);
          }
        }
      }
    }
    return out.toString();
  }
}
