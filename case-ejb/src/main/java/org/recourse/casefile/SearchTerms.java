package org.recourse.casefile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The case list's text index, worked out in one place: what is stored for a case and what a search
 * asks of it (issue: fast for a full office).
 *
 * <p>A case is searched by any part of its number, title or pseudonym ({@code LIKE '%text%'}). To
 * answer that from an ordinary index on every database, each of the three is cut into words at
 * white space (so {@code R-2026-0123} stays one word), lower-cased, and every ending of every word
 * of at least {@link #SHORTEST} characters is stored: "ember" gives "ember", "mber", "ber" and
 * "er". A word that is part of a text is then the start of one of those endings, which a B-tree
 * index finds by range ({@code term LIKE 'mbe%'}). Endings longer than {@link #LONGEST} characters
 * are cut there. Searching by these terms finds every case the full search would find, and for a
 * single word of {@link #SHORTEST}–{@link #LONGEST} characters exactly those; longer or several
 * words are checked against the full text after ({@link Query#exact}).
 */
public final class SearchTerms {

  /** The shortest word a search is answered by from the index; shorter ones read every case. */
  public static final int SHORTEST = 2;

  /** The longest term stored; the column's width. */
  public static final int LONGEST = 32;

  private SearchTerms() {}

  /** Every term stored for a case with these texts (number, title, pseudonym), once each. */
  public static Set<String> of(String... texts) {
    Set<String> terms = new LinkedHashSet<>();
    for (String text : texts) {
      for (String word : words(text)) {
        for (int start = 0; word.length() - start >= SHORTEST; start = next(word, start)) {
          terms.add(cut(word.substring(start)));
        }
      }
    }
    return terms;
  }

  /**
   * What a search for {@code text} asks of the index: a prefix for each of its words long enough to
   * be looked up, and whether the answer is already exact.
   */
  public static Query query(String text) {
    List<String> words = words(text);
    List<String> prefixes = new ArrayList<>();
    boolean exact = words.size() == 1;
    for (String word : words) {
      if (word.length() < SHORTEST) {
        exact = false;
      } else {
        if (word.length() > LONGEST) {
          exact = false;
        }
        prefixes.add(cut(word));
      }
    }
    return new Query(List.copyOf(prefixes), exact && !prefixes.isEmpty());
  }

  /**
   * A search as the index answers it.
   *
   * @param prefixes one per usable word: a case matches if, for each, one of its terms starts with
   *     it; empty if no word is long enough (then the search reads every case)
   * @param exact whether the cases so found are exactly those the full search finds (one word, not
   *     cut), so the full text need not be read
   */
  public record Query(List<String> prefixes, boolean exact) {

    public boolean usesIndex() {
      return !prefixes.isEmpty();
    }
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    if (text == null) {
      return words;
    }
    for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** The start of the next ending: one character (a whole code point) on. */
  private static int next(String word, int start) {
    return word.offsetByCodePoints(start, 1);
  }

  private static String cut(String term) {
    if (term.length() <= LONGEST) {
      return term;
    }
    int end = Character.isHighSurrogate(term.charAt(LONGEST - 1)) ? LONGEST - 1 : LONGEST;
    return term.substring(0, end);
  }
}
