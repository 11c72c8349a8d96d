package org.recourse.conflict;

import java.util.Arrays;

/**
 * The comparisons behind {@link NameMatcher} and {@link ConflictMatcher}, on values already folded
 * by {@link SearchKey}, with working memory reused from one comparison to the next so that a scan
 * of many stored values allocates next to nothing. The rules are described on {@link NameMatcher}.
 * Not thread-safe; each search has its own.
 */
final class Comparer {

  /** Shorter queries would match far too much to be useful. */
  static final int MIN_QUERY_LENGTH = 2;

  /** Handles this long or longer may differ by one typo. */
  static final int MIN_HANDLE_LENGTH_FOR_TYPO = 6;

  /** Phone numbers with fewer significant digits are not compared. */
  static final int MIN_PHONE_DIGITS = 7;

  private final long[] exactEdges = new long[NameTokens.MAX_WORDS];
  private final long[] typoEdges = new long[NameTokens.MAX_WORDS];
  private final int[] holder = new int[NameTokens.MAX_WORDS];
  private long visited;

  private int[] before = new int[16];
  private int[] previous = new int[16];
  private int[] current = new int[16];

  /** Compares two names; {@code null} when they do not match. */
  MatchQuality names(NameTokens query, NameTokens stored) {
    if (query.letters() < MIN_QUERY_LENGTH || stored.count() == 0) {
      return null;
    }
    if (query.sameLettersAs(stored)) {
      return MatchQuality.EXACT;
    }
    NameTokens fewer = query.count() <= stored.count() ? query : stored;
    NameTokens more = fewer == query ? stored : query;
    for (int i = 0; i < fewer.count(); i++) {
      long exact = 0;
      long typo = 0;
      for (int j = 0; j < more.count(); j++) {
        int distance = wordDistance(fewer, i, more, j);
        if (distance == 0) {
          exact |= 1L << j;
          typo |= 1L << j;
        } else if (distance >= 0) {
          typo |= 1L << j;
        }
      }
      if (typo == 0) {
        return null;
      }
      exactEdges[i] = exact;
      typoEdges[i] = typo;
    }
    if (fewer.count() == more.count() && everyWordPaired(exactEdges, fewer.count(), more.count())) {
      return MatchQuality.EXACT;
    }
    if (!everyWordPaired(typoEdges, fewer.count(), more.count())) {
      return null;
    }
    return fewer.count() >= 2 || more.count() == 1 ? MatchQuality.SIMILAR : MatchQuality.PARTIAL;
  }

  /** Compares two handles, or a handle with a name run together; {@code null} when no match. */
  MatchQuality handles(TextBuffer query, TextBuffer stored) {
    if (query.length() < MIN_QUERY_LENGTH || stored.length() == 0) {
      return null;
    }
    if (query.contentEquals(stored)) {
      return MatchQuality.EXACT;
    }
    if (Math.min(query.length(), stored.length()) >= MIN_HANDLE_LENGTH_FOR_TYPO
        && distance(query.array(), 0, query.length(), stored.array(), 0, stored.length(), 1) <= 1) {
      return MatchQuality.SIMILAR;
    }
    return null;
  }

  /** Compares two folded phone numbers; {@code null} when they do not match. */
  MatchQuality phones(TextBuffer query, TextBuffer stored) {
    if (query.length() < MIN_PHONE_DIGITS || stored.length() < MIN_PHONE_DIGITS) {
      return null;
    }
    if (query.contentEquals(stored)) {
      return MatchQuality.EXACT;
    }
    if (query.endsWith(stored) || stored.endsWith(query)) {
      return MatchQuality.PARTIAL;
    }
    return null;
  }

  /** Compares two normalized email addresses; {@code null} when they do not match. */
  MatchQuality emails(String query, String stored) {
    if (query.length() < MIN_QUERY_LENGTH) {
      return null;
    }
    return query.equals(stored) ? MatchQuality.EXACT : null;
  }

  /**
   * The typo allowance for two words, by the length of the shorter: none up to 3 letters, one up to
   * 7, two from 8.
   */
  static int typoAllowance(int shorterLength) {
    if (shorterLength <= 3) {
      return 0;
    }
    return shorterLength <= 7 ? 1 : 2;
  }

  /** The distance between two words, or -1 when it exceeds their typo allowance. */
  private int wordDistance(NameTokens a, int wordA, NameTokens b, int wordB) {
    int lengthA = a.length(wordA);
    int lengthB = b.length(wordB);
    int allowance = typoAllowance(Math.min(lengthA, lengthB));
    if (Math.abs(lengthA - lengthB) > allowance) {
      return -1;
    }
    int startA = a.start(wordA);
    int startB = b.start(wordB);
    if (lengthA == lengthB
        && Arrays.equals(
            a.chars(), startA, startA + lengthA, b.chars(), startB, startB + lengthB)) {
      return 0;
    }
    if (allowance == 0) {
      return -1;
    }
    int distance = distance(a.chars(), startA, lengthA, b.chars(), startB, lengthB, allowance);
    return distance <= allowance ? distance : -1;
  }

  /**
   * Whether each of the first {@code fewer} words can be paired with a different one of the {@code
   * more} words along the given edges: a bipartite matching by augmenting paths, which a greedy
   * pairing would get wrong when one word could pair with several.
   */
  private boolean everyWordPaired(long[] edges, int fewer, int more) {
    Arrays.fill(holder, 0, more, -1);
    for (int word = 0; word < fewer; word++) {
      visited = 0;
      if (!pair(edges, word)) {
        return false;
      }
    }
    return true;
  }

  private boolean pair(long[] edges, int word) {
    long options = edges[word];
    while (options != 0) {
      int partner = Long.numberOfTrailingZeros(options);
      long bit = 1L << partner;
      options &= ~bit;
      if ((visited & bit) != 0) {
        continue;
      }
      visited |= bit;
      if (holder[partner] < 0 || pair(edges, holder[partner])) {
        holder[partner] = word;
        return true;
      }
    }
    return false;
  }

  /**
   * The optimal string alignment distance (Damerau–Levenshtein where no substring is edited twice:
   * insertions, deletions, substitutions and swaps of adjacent characters), or {@code limit + 1} as
   * soon as it is known to exceed {@code limit}.
   */
  int distance(char[] a, int fromA, int lengthA, char[] b, int fromB, int lengthB, int limit) {
    if (Math.abs(lengthA - lengthB) > limit) {
      return limit + 1;
    }
    if (current.length <= lengthB) {
      int size = Math.max(lengthB + 1, current.length * 2);
      before = new int[size];
      previous = new int[size];
      current = new int[size];
    }
    int[] twoBack = before;
    int[] oneBack = previous;
    int[] row = current;
    for (int j = 0; j <= lengthB; j++) {
      oneBack[j] = j;
    }
    for (int i = 1; i <= lengthA; i++) {
      char charA = a[fromA + i - 1];
      row[0] = i;
      int rowMinimum = i;
      for (int j = 1; j <= lengthB; j++) {
        char charB = b[fromB + j - 1];
        int value = Math.min(oneBack[j] + 1, row[j - 1] + 1);
        value = Math.min(value, oneBack[j - 1] + (charA == charB ? 0 : 1));
        if (i > 1
            && j > 1
            && charA == b[fromB + j - 2]
            && a[fromA + i - 2] == charB
            && twoBack[j - 2] + 1 < value) {
          value = twoBack[j - 2] + 1;
        }
        row[j] = value;
        rowMinimum = Math.min(rowMinimum, value);
      }
      if (rowMinimum > limit) {
        return limit + 1;
      }
      int[] spare = twoBack;
      twoBack = oneBack;
      oneBack = row;
      row = spare;
    }
    return Math.min(oneBack[lengthB], limit + 1);
  }
}
