package org.recourse.conflict;

/**
 * A name folded by {@link SearchKey} and split into its words, reloaded for each stored name a
 * search looks at. Words after the {@value #MAX_WORDS}th are not compared one by one; no real name
 * has that many. Not thread-safe.
 */
final class NameTokens {

  static final int MAX_WORDS = 32;

  private final TextBuffer text = new TextBuffer();
  private final int[] starts = new int[MAX_WORDS];
  private final int[] ends = new int[MAX_WORDS];
  private int count;
  private int letters;

  NameTokens load(String raw) {
    SearchKey.foldName(raw, text, true);
    count = 0;
    letters = 0;
    int length = text.length();
    int start = 0;
    while (start < length) {
      int end = start;
      while (end < length && text.charAt(end) != ' ') {
        end++;
      }
      if (count < MAX_WORDS) {
        starts[count] = start;
        ends[count] = end;
        count++;
      }
      letters += end - start;
      start = end + 1;
    }
    return this;
  }

  /** The number of words compared. */
  int count() {
    return count;
  }

  /** The number of characters other than the spaces between words. */
  int letters() {
    return letters;
  }

  char[] chars() {
    return text.array();
  }

  int start(int word) {
    return starts[word];
  }

  int length(int word) {
    return ends[word] - starts[word];
  }

  /** Whether both names have the same characters once the spaces between words are removed. */
  boolean sameLettersAs(NameTokens other) {
    if (letters != other.letters) {
      return false;
    }
    char[] mine = text.array();
    char[] theirs = other.text.array();
    int i = 0;
    int j = 0;
    int myLength = text.length();
    int theirLength = other.text.length();
    while (true) {
      while (i < myLength && mine[i] == ' ') {
        i++;
      }
      while (j < theirLength && theirs[j] == ' ') {
        j++;
      }
      if (i == myLength || j == theirLength) {
        return i == myLength && j == theirLength;
      }
      if (mine[i++] != theirs[j++]) {
        return false;
      }
    }
  }

  /** Writes the name without the spaces between words into {@code out}, replacing its content. */
  void lettersInto(TextBuffer out) {
    out.clear();
    char[] chars = text.array();
    for (int i = 0; i < text.length(); i++) {
      if (chars[i] != ' ') {
        out.append(chars[i]);
      }
    }
  }
}
