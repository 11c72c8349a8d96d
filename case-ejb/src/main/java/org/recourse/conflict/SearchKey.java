package org.recourse.conflict;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The forms in which names, handles, emails and phone numbers are compared, so that the way a
 * detail was typed does not hide a conflict.
 *
 * <ul>
 *   <li>Names: lower case; accents removed (Unicode NFKD, then combining marks dropped), and the
 *       letters NFKD leaves whole folded by hand: ł→l, ø→o, đ→d, ð→d, ħ→h, ŧ→t, ı→i, ß→ss, æ→ae,
 *       œ→oe, þ→th; anything that is not a letter or digit (hyphens, apostrophes, dots, spaces)
 *       separates words, which are joined by single spaces. "Zoë O'Brien-Łukasz" becomes "zoe o
 *       brien lukasz".
 *   <li>Handles: folded like names, but only letters, digits, '.', '_' and '-' are kept, so the
 *       leading '@' and all whitespace go. A profile address gives its handle: the first path
 *       segment that is not a directory word such as {@code user} or {@code in}, so {@code
 *       https://instagram.com/some.user/} and {@code www.reddit.com/user/some.user} both give
 *       "some.user".
 *   <li>Emails: trimmed and in lower case.
 *   <li>Phone numbers: digits only, without leading zeros, and only the last 9 digits of a longer
 *       number. The leading zeros are an international prefix (00) or a trunk prefix (0); what is
 *       longer than 9 digits carries a country code, or is a national number whose last 9 digits
 *       still identify it. Telling country codes apart would need each country's numbering plan;
 *       comparing on the last 9 digits makes "+44 7700 900123", "0044 7700 900123" and "07700
 *       900123" all "700900123" at the cost of rare false hits, which a person then dismisses.
 * </ul>
 *
 * <p>Every method maps {@code null} to the empty string.
 */
public final class SearchKey {

  /** Path segments of profile addresses that come before the handle rather than being it. */
  private static final Set<String> DIRECTORY_WORDS =
      Set.of("u", "user", "users", "in", "add", "c", "channel", "profile", "people", "pub");

  private static final int PHONE_DIGITS_COMPARED = 9;

  private SearchKey() {}

  /** The comparable form of a person's name or alias. */
  public static String normalizeName(String raw) {
    TextBuffer out = new TextBuffer();
    foldName(raw, out, true);
    return out.toString();
  }

  /** The comparable form of an online handle or profile address. */
  public static String normalizeHandle(String raw) {
    TextBuffer out = new TextBuffer();
    foldHandle(raw, out, true);
    return out.toString();
  }

  /** The comparable form of an email address. */
  public static String normalizeEmail(String raw) {
    return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
  }

  /** The comparable form of a phone number: at most its last 9 significant digits. */
  public static String normalizePhone(String raw) {
    TextBuffer out = new TextBuffer();
    foldPhone(raw, out);
    return out.toString();
  }

  /**
   * Writes the folded name into {@code out}, replacing its content. With {@code spaced} false the
   * words are run together, which is how a name is compared with a handle.
   */
  static void foldName(String raw, TextBuffer out, boolean spaced) {
    out.clear();
    if (raw == null) {
      return;
    }
    String text = decomposed(raw);
    boolean gap = false;
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      if (isCombiningMark(codePoint)) {
        continue;
      }
      if (isWordCharacter(codePoint)) {
        if (gap && spaced && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        appendFolded(Character.toLowerCase(codePoint), out);
      } else {
        gap = true;
      }
    }
  }

  /**
   * Writes the folded handle into {@code out}, replacing its content. With {@code keepSeparators}
   * false the '.', '_' and '-' are dropped too, which is how a handle is compared with a name.
   */
  static void foldHandle(String raw, TextBuffer out, boolean keepSeparators) {
    out.clear();
    if (raw == null) {
      return;
    }
    String text = decomposed(handlePart(raw));
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      if (isWordCharacter(codePoint)) {
        appendFolded(Character.toLowerCase(codePoint), out);
      } else if (keepSeparators && (codePoint == '.' || codePoint == '_' || codePoint == '-')) {
        out.append((char) codePoint);
      }
    }
  }

  /** Writes the significant digits of a phone number into {@code out}, replacing its content. */
  static void foldPhone(String raw, TextBuffer out) {
    out.clear();
    if (raw == null) {
      return;
    }
    for (int i = 0; i < raw.length(); i++) {
      int digit = Character.digit(raw.charAt(i), 10);
      if (digit > 0 || (digit == 0 && out.length() > 0)) {
        out.append((char) ('0' + digit));
      }
    }
    out.keepLast(PHONE_DIGITS_COMPARED);
  }

  /**
   * Whether the text is a profile address rather than a bare handle: it has a scheme, or it is a
   * host name with a dot followed by a path, as in {@code instagram.com/some.user}.
   */
  static boolean looksLikeProfileAddress(String text) {
    if (text.contains("://")) {
      return true;
    }
    int slash = text.indexOf('/');
    if (slash <= 0 || text.charAt(0) == '@') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return text.lastIndexOf('.', slash) > 0;
  }

  private static String handlePart(String raw) {
    String text = raw.strip();
    if (!looksLikeProfileAddress(text)) {
      return text;
    }
    int scheme = text.indexOf("://");
    int from = scheme < 0 ? 0 : scheme + 3;
    int end = text.length();
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == '?' || c == '#') {
        end = i;
      }
    }
    int segmentStart = text.indexOf('/', from);
    while (segmentStart >= 0 && segmentStart < end) {
      int segmentEnd = text.indexOf('/', segmentStart + 1);
      if (segmentEnd < 0 || segmentEnd > end) {
        segmentEnd = end;
      }
      String segment = text.substring(segmentStart + 1, segmentEnd);
      if (!segment.isEmpty() && !DIRECTORY_WORDS.contains(segment.toLowerCase(Locale.ROOT))) {
        return segment;
      }
      segmentStart = segmentEnd;
    }
    return "";
  }

  /** NFKD for text outside ASCII; ASCII text, the common case, is returned as it is. */
  private static String decomposed(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) >= 0x80) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKD);
      }
    }
    return raw;
  }

  private static boolean isCombiningMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  /**
   * Letters and digits, except the modifier letters used as apostrophes and ʻokina (U+02B9 to
   * U+02BF), which separate words like the apostrophe does.
   */
  private static boolean isWordCharacter(int codePoint) {
    return Character.isLetterOrDigit(codePoint) && (codePoint < 0x02B9 || codePoint > 0x02BF);
  }

  private static void appendFolded(int lowerCase, TextBuffer out) {
    switch (lowerCase) {
      case 'ł' -> out.append('l');
      case 'ø' -> out.append('o');
      case 'đ', 'ð' -> out.append('d');
      case 'ħ' -> out.append('h');
      case 'ŧ' -> out.append('t');
      case 'ı' -> out.append('i');
      case 'ß' -> {
        out.append('s');
        out.append('s');
      }
      case 'æ' -> {
        out.append('a');
        out.append('e');
      }
      case 'œ' -> {
        out.append('o');
        out.append('e');
      }
      case 'þ' -> {
        out.append('t');
        out.append('h');
      }
      default -> out.appendCodePoint(lowerCase);
    }
  }
}
