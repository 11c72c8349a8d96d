package org.recourse.conflict;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The keys of the conflict check's blind index, before they are hashed: for a party, every key
 * under which a search could find it; for a search term, every key a party it matches must have.
 * Whenever {@link ConflictMatcher} would match a term with a party, the two share a key, so looking
 * up the term's keys finds a superset of the matches, which the matcher then narrows down exactly.
 *
 * <p>The typo rules of {@link NameMatcher} are covered by deletion neighbourhoods: two words within
 * an optimal-string-alignment distance of k become equal after at most k letters are deleted from
 * each (a substitution or a swap deletes one letter on each side, an insertion one on the longer),
 * so each word is keyed with all its variants of up to as many deletions as its own length allows
 * typos ({@link Comparer#typoAllowance}); words over {@value #LONGEST_WORD_WITH_TWO_TYPOS} letters,
 * which no name has, with one. Names run together and handles allow one typo from {@value
 * Comparer#MIN_HANDLE_LENGTH_FOR_TYPO} characters; e-mail addresses match only when equal; phone
 * numbers when their last {@value #PHONE_DIGITS_KEYED} digits are equal, which every exact match
 * and every number that ends another of at least that many digits satisfies.
 *
 * <p>Keys are tagged by what they compare ({@code w:} name words, {@code r:} names run together and
 * handles without separators, {@code h:} handles, {@code e:} e-mail, {@code p:} phone), so a word
 * never meets an e-mail address. Every party also has the {@link #MARKER} key, which says that it
 * has been indexed.
 */
public final class BlindKeys {

  /** The key every indexed party has. */
  public static final String MARKER = "i:";

  static final int PHONE_DIGITS_KEYED = Comparer.MIN_PHONE_DIGITS;

  /**
   * Words longer than this are keyed with one deletion, not two (a word of n letters has about n²/2
   * two-deletion variants): no name has such a word, and a pasted string cannot fill the index with
   * hundreds of thousands of keys.
   */
  static final int LONGEST_WORD_WITH_TWO_TYPOS = 32;

  private BlindKeys() {}

  /** Every key of a party with these names and aliases, handles, e-mail addresses and phones. */
  public static Set<String> ofParty(
      Collection<String> names,
      Collection<String> handles,
      Collection<String> emails,
      Collection<String> phones) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(MARKER);
    NameTokens tokens = new NameTokens();
    TextBuffer folded = new TextBuffer();
    for (String name : names) {
      tokens.load(name);
      addWords(tokens, keys);
      tokens.lettersInto(folded);
      addVariants("r:", folded.toString(), handleAllowance(folded.length()), keys);
      SearchKey.foldName(name, folded, false);
      addVariants("r:", folded.toString(), handleAllowance(folded.length()), keys);
    }
    for (String handle : handles) {
      SearchKey.foldHandle(handle, folded, true);
      addVariants("h:", folded.toString(), handleAllowance(folded.length()), keys);
      SearchKey.foldHandle(handle, folded, false);
      addVariants("r:", folded.toString(), handleAllowance(folded.length()), keys);
    }
    for (String email : emails) {
      addIfPresent("e:", SearchKey.normalizeEmail(email), keys);
    }
    for (String phone : phones) {
      addPhone(phone, folded, keys);
    }
    return keys;
  }

  /** The keys a party matching {@code query} must have (none for a blank query). */
  public static Set<String> ofQuery(String query) {
    Set<String> keys = new LinkedHashSet<>();
    if (query == null || query.isBlank()) {
      return keys;
    }
    TextBuffer folded = new TextBuffer();
    switch (QueryKind.of(query)) {
      case NAME -> {
        NameTokens tokens = new NameTokens().load(query);
        addWords(tokens, keys);
        tokens.lettersInto(folded);
        addVariants("r:", folded.toString(), handleAllowance(folded.length()), keys);
      }
      case HANDLE -> {
        SearchKey.foldHandle(query, folded, true);
        addVariants("h:", folded.toString(), handleAllowance(folded.length()), keys);
        SearchKey.foldHandle(query, folded, false);
        addVariants("r:", folded.toString(), handleAllowance(folded.length()), keys);
      }
      case EMAIL -> addIfPresent("e:", SearchKey.normalizeEmail(query), keys);
      case PHONE -> addPhone(query, folded, keys);
    }
    return keys;
  }

  private static void addWords(NameTokens tokens, Set<String> keys) {
    char[] chars = tokens.chars();
    for (int word = 0; word < tokens.count(); word++) {
      int length = tokens.length(word);
      String text = new String(chars, tokens.start(word), length);
      int allowance = Comparer.typoAllowance(length);
      addVariants("w:", text, length > LONGEST_WORD_WITH_TWO_TYPOS ? 1 : allowance, keys);
    }
  }

  private static int handleAllowance(int length) {
    return length >= Comparer.MIN_HANDLE_LENGTH_FOR_TYPO ? 1 : 0;
  }

  private static void addPhone(String phone, TextBuffer folded, Set<String> keys) {
    SearchKey.foldPhone(phone, folded);
    if (folded.length() >= PHONE_DIGITS_KEYED) {
      folded.keepLast(PHONE_DIGITS_KEYED);
      keys.add("p:" + folded);
    }
  }

  private static void addIfPresent(String tag, String value, Set<String> keys) {
    if (value != null && !value.isEmpty()) {
      keys.add(tag + value);
    }
  }

  /** {@code text} and every variant of it with up to {@code deletions} characters deleted. */
  private static void addVariants(String tag, String text, int deletions, Set<String> keys) {
    if (text.isEmpty()) {
      return;
    }
    Set<String> variants = new LinkedHashSet<>();
    variants.add(text);
    Set<String> round = Set.of(text);
    for (int deleted = 0; deleted < deletions; deleted++) {
      Set<String> next = new LinkedHashSet<>();
      for (String variant : round) {
        for (int i = 0; variant.length() > 1 && i < variant.length(); i++) {
          next.add(variant.substring(0, i) + variant.substring(i + 1));
        }
      }
      variants.addAll(next);
      round = next;
    }
    for (String variant : variants) {
      keys.add(tag + variant);
    }
  }
}
