package org.recourse.conflict;

import java.util.Arrays;

/**
 * A reusable run of characters that search keys are written into, so that scanning many stored
 * values does not create a string for each of them. Not thread-safe; each search has its own.
 */
final class TextBuffer {

  private char[] chars = new char[32];
  private int length;

  void clear() {
    length = 0;
  }

  int length() {
    return length;
  }

  char charAt(int index) {
    return chars[index];
  }

  /** The backing array; only the first {@link #length()} characters are meaningful. */
  char[] array() {
    return chars;
  }

  void append(char c) {
    if (length == chars.length) {
      chars = Arrays.copyOf(chars, length * 2);
    }
    chars[length++] = c;
  }

  void appendCodePoint(int codePoint) {
    if (Character.isBmpCodePoint(codePoint)) {
      append((char) codePoint);
    } else {
      append(Character.highSurrogate(codePoint));
      append(Character.lowSurrogate(codePoint));
    }
  }

  /** Keeps only the last {@code count} characters, if there are more. */
  void keepLast(int count) {
    if (length > count) {
      System.arraycopy(chars, length - count, chars, 0, count);
      length = count;
    }
  }

  boolean contentEquals(TextBuffer other) {
    return Arrays.equals(chars, 0, length, other.chars, 0, other.length);
  }

  boolean endsWith(TextBuffer suffix) {
    int from = length - suffix.length;
    return from >= 0 && Arrays.equals(chars, from, length, suffix.chars, 0, suffix.length);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }
}
