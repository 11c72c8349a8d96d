package org.recourse.casefile;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The case list's text index, worked out in one place: what is stored for a case and what a search
 * asks of it (issue: fast for a full office).
 *
 * <p>A case is searched by any part of its number, title or pseudonym ({@code LIKE '%text%'}). To
 * answer that from an ordinary index on every database, each of the three is lower-cased and every
 * ending of it that starts with something other than white space and has at least {@link #SHORTEST}
 * characters is stored, cut at {@link #LONGEST} characters: "Ember 12" gives "ember 12", "mber 12",
 * "ber 12", "er 12", "r 12" and "12". Any part of a text is the start of one of its endings, which
 * a B-tree index finds by range ({@code term LIKE 'ber 1%'}). So a search of {@link #SHORTEST} to
 * {@link #LONGEST} characters is answered exactly by one range read; a longer one reads the range
 * of its first {@link #LONGEST} characters and checks those cases against the full text ({@link
 * Query#exact}); a shorter one reads every case, as before the index.
 */
public final class SearchTerms {

  /** The shortest text a search is answered by from the index. */
  public static final int SHORTEST = 2;

  /** The longest term stored; the column's width. */
  public static final int LONGEST = 32;

  private SearchTerms() {}

  /** Every term stored for a case with these texts (number, title, pseudonym), once each. */
  public static Set<String> of(String... texts) {
    Set<String> terms = new LinkedHashSet<>();
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      String lower = text.toLowerCase(Locale.ROOT);
      for (int start = 0;
          lower.length() - start >= SHORTEST;
          start = lower.offsetByCodePoints(start, 1)) {
        if (!Character.isWhitespace(lower.codePointAt(start))) {
          terms.add(cut(lower.substring(start)));
        }
      }
    }
    return terms;
  }

  /** What a search for {@code text} asks of the index. */
  public static Query query(String text) {
    String lower = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (lower.length() < SHORTEST) {
      return new Query(null, false);
    }
    return new Query(cut(lower), lower.length() <= LONGEST);
  }

  /**
   * A search as the index answers it.
   *
   * @param prefix the start of the terms to read; null if the text is too short for the index (then
   *     the search reads every case)
   * @param exact whether the cases so found are exactly those the full search finds, so the full
   *     text need not be read
   */
  public record Query(String prefix, boolean exact) {

    public boolean usesIndex() {
      return prefix != null;
    }

    /**
     * The first text after every term that starts with the prefix: the prefix with its last
     * character's code point raised by one ("ember" gives "embes"), so the terms read are those
     * {@code >= prefix} and {@code < prefixEnd}, a range an index reads as such in a prepared
     * statement too (a {@code LIKE} with a parameter is read through its whole index once the
     * database plans it without the parameter's value). The order is by code point, which is
     * PostgreSQL's byte order of the {@code COLLATE "C"} term and, for the ends given, H2's order
     * of UTF-16 units. Null when there is no such end in both orders: no prefix, or one ending in
     * the last code point or in U+FFFF or just before a surrogate.
     */
    public String prefixEnd() {
      if (prefix == null || prefix.isEmpty()) {
        return null;
      }
      int last = prefix.codePointBefore(prefix.length());
      int next = last + 1;
      boolean bmpToSupplementary = last <= Character.MAX_VALUE && next > Character.MAX_VALUE;
      boolean intoSurrogates = next >= Character.MIN_SURROGATE && next <= Character.MAX_SURROGATE;
      if (next > Character.MAX_CODE_POINT || bmpToSupplementary || intoSurrogates) {
        return null;
      }
      return prefix.substring(0, prefix.length() - Character.charCount(last))
          + Character.toString(next);
    }
  }

  private static String cut(String term) {
    if (term.length() <= LONGEST) {
      return term;
    }
    int end = Character.isHighSurrogate(term.charAt(LONGEST - 1)) ? LONGEST - 1 : LONGEST;
    return term.substring(0, end);
  }
}
