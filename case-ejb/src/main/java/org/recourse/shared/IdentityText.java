package org.recourse.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that carries a piece of the victim's identity (a legal name, a date of birth, contact
 * details) is stored with that piece marked, together with what everyone else reads in its place:
 * {@code ⟦the client turns 18 on 2028-05-15‖minority tolling applies⟧}. Whoever shows the text
 * chooses one rendering with {@link #render}, from the one answer to who may see the identity (the
 * case access's {@code canSeeIdentity}); text that leaves the system for outside services (the iCal
 * feed, reminder mails) is always {@link #withheld}.
 *
 * <p>Explanations stored before identity parts were marked say "the victim was then a minor (born
 * …)"; {@link #withheld} recognises those phrases and takes them out too.
 */
public final class IdentityText {

  static final char OPEN = '\u27E6';
  static final char SEPARATOR = '\u2016';
  static final char CLOSE = '\u27E7';

  private static final Pattern PART =
      Pattern.compile(
          OPEN + "([^" + SEPARATOR + CLOSE + "]*)" + SEPARATOR + "([^" + CLOSE + "]*)" + CLOSE);

  private static final Pattern LEGACY_MINORITY =
      Pattern.compile(
          "the victim was then a minor \\(born [0-9-]{10}\\) and the period does not run during"
              + " minority, so it runs from the 18th birthday on [0-9-]{10}");
  private static final Pattern LEGACY_BIRTHDAY =
      Pattern.compile("(the victim's 18th birthday) on [0-9-]{10}");

  private IdentityText() {}

  /** A piece of identity and what readers who may not see it read instead. */
  public static String part(String identity, String instead) {
    return OPEN + clean(identity) + SEPARATOR + clean(instead) + CLOSE;
  }

  /**
   * Marks every occurrence of each identity value in the text (case-insensitively), to be read as
   * its replacement by those who may not see it. Values shorter than three characters are left
   * alone: they would match inside ordinary words.
   *
   * @param identity each identity value and what others read in its place
   */
  public static String mark(String text, Map<String, String> identity) {
    if (text == null || identity.isEmpty()) {
      return text;
    }
    List<Map.Entry<String, String>> values = new ArrayList<>();
    for (Map.Entry<String, String> value : identity.entrySet()) {
      if (value.getKey() != null && value.getKey().strip().length() >= 3) {
        values.add(Map.entry(value.getKey().strip(), value.getValue()));
      }
    }
    if (values.isEmpty()) {
      return text;
    }
    values.sort(
        Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
    StringBuilder alternatives = new StringBuilder();
    for (Map.Entry<String, String> value : values) {
      alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(value.getKey()));
    }
    Pattern any =
        Pattern.compile(alternatives.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    StringBuilder marked = new StringBuilder(text.length() + 32);
    int copied = 0;
    // Parts already marked are copied as they are, so a value is never marked twice.
    Matcher existing = PART.matcher(text);
    while (existing.find()) {
      marked.append(markPlain(text.substring(copied, existing.start()), any, values));
      marked.append(existing.group());
      copied = existing.end();
    }
    marked.append(markPlain(text.substring(copied), any, values));
    return marked.toString();
  }

  private static String markPlain(
      String plain, Pattern any, List<Map.Entry<String, String>> values) {
    Matcher found = any.matcher(plain);
    StringBuilder marked = new StringBuilder(plain.length() + 32);
    int copied = 0;
    while (found.find()) {
      String instead = insteadOf(found.group(), values);
      marked.append(plain, copied, found.start()).append(part(found.group(), instead));
      copied = found.end();
    }
    return marked.append(plain, copied, plain.length()).toString();
  }

  private static String insteadOf(String match, List<Map.Entry<String, String>> values) {
    String lower = match.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> value : values) {
      if (value.getKey().toLowerCase(Locale.ROOT).equals(lower)) {
        return value.getValue();
      }
    }
    return "(withheld)";
  }

  /** The text as the reader may see it: with the identity, or with what stands in its place. */
  public static String render(String stored, boolean maySeeIdentity) {
    return maySeeIdentity ? forTeam(stored) : withheld(stored);
  }

  /** The text with every identity part shown (for the case team). */
  public static String forTeam(String stored) {
    if (stored == null || stored.indexOf(OPEN) < 0) {
      return stored;
    }
    String shown = PART.matcher(stored).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    // A part cut short (text shortened to fit its column) is shown as far as it goes.
    return shown.replace(String.valueOf(OPEN), "");
  }

  /** The text with every identity part replaced (for everyone else and for outside services). */
  public static String withheld(String stored) {
    if (stored == null) {
      return null;
    }
    String text = stored;
    if (text.indexOf(OPEN) >= 0) {
      text = PART.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
      int cut = text.indexOf(OPEN);
      if (cut >= 0) {
        // A part cut short: nothing of it is shown.
        text = text.substring(0, cut) + "…";
      }
    }
    text = LEGACY_MINORITY.matcher(text).replaceAll("minority tolling applies");
    return LEGACY_BIRTHDAY.matcher(text).replaceAll("$1");
  }

  /** Whether the text has a marked identity part. */
  public static boolean hasIdentity(String stored) {
    return stored != null && stored.indexOf(OPEN) >= 0;
  }

  private static String clean(String text) {
    StringBuilder cleaned = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != OPEN && c != SEPARATOR && c != CLOSE) {
        cleaned.append(c);
      }
    }
    return cleaned.toString();
  }
}
