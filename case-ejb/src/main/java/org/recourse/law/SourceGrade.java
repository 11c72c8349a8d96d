package org.recourse.law;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How well a statute or a time limit is sourced, which decides what the product does with it:
 *
 * <ul>
 *   <li>{@link #PRIMARY}: the official text (a legislature, government or official gazette page)
 *       states it. Dates are computed and shown as they are.
 *   <li>{@link #MIRROR}: the statute's text on an unofficial site (public.law, casetext, lexace,
 *       womenslaw, …) states it. Dates are computed and shown as they are.
 *   <li>{@link #SECONDARY}: only a summary states it (a government explainer, a law firm, an NGO,
 *       news). A date is computed but shown everywhere as provisional, with the source: "check
 *       before relying on it".
 *   <li>{@link #UNCONFIRMED}: no source found states it (or, for a rule, its commencement is
 *       unknown). No date is computed; a number is never guessed.
 * </ul>
 *
 * The order is from strongest to weakest; a result built from several rules carries the weakest
 * grade among them. Each grade's name and meaning are worded once, in the bundle {@link #WORDS}.
 */
public enum SourceGrade {
  PRIMARY,
  MIRROR,
  SECONDARY,
  UNCONFIRMED;

  /**
   * The bundle that names each grade and says what it means ({@code SourceGrade.<VALUE>}, {@code
   * SourceGrade.<VALUE>.meaning}): the one wording pages, explanations and mails share.
   */
  public static final String WORDS = "org.recourse.law.grades";

  /** What is shown beside a provisional date. */
  public static final String PROVISIONAL_NOTE = "provisional - check before relying on it";

  /** The grade's name, as a page shows it: "Statute text on an unofficial site". */
  public String label() {
    return words().getString(key());
  }

  /**
   * The name as it follows a citation or a period in a sentence: "(statute text on an unofficial
   * site)".
   */
  public String inSentence() {
    String label = label();
    return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
  }

  /** What the grade means and what is done with its dates, in a sentence or two. */
  public String meaning() {
    return words().getString(key() + ".meaning");
  }

  private String key() {
    return SourceGrade.class.getSimpleName() + "." + name();
  }

  private static ResourceBundle words() {
    return ResourceBundle.getBundle(WORDS, Locale.ROOT);
  }

  /** The grade as an import or the API names it, with its name: "PRIMARY (official text)". */
  public String codeInWords() {
    return name() + " (" + inSentence() + ")";
  }

  /** Whether the text itself (official or mirrored) states it: dates are shown as they are. */
  public boolean confirmed() {
    return this == PRIMARY || this == MIRROR;
  }

  /** Whether a date is computed at all: every grade but {@link #UNCONFIRMED}. */
  public boolean computesDate() {
    return this != UNCONFIRMED;
  }

  /** Whether a computed date is provisional: only a summary states the rule. */
  public boolean provisional() {
    return this == SECONDARY;
  }

  /** The weaker of two grades (null counts as {@link #UNCONFIRMED}). */
  public static SourceGrade weakest(SourceGrade a, SourceGrade b) {
    SourceGrade x = a == null ? UNCONFIRMED : a;
    SourceGrade y = b == null ? UNCONFIRMED : b;
    return x.ordinal() >= y.ordinal() ? x : y;
  }

  /**
   * The grade a client that still sends the old {@code verified} flag means: verified is {@link
   * #PRIMARY}; unverified is {@link #UNCONFIRMED} for a limit without a period and {@link
   * #SECONDARY} for one with a period (a date, shown as provisional).
   */
  public static SourceGrade fromVerified(boolean verified, boolean statesPeriod) {
    if (verified) {
      return PRIMARY;
    }
    return statesPeriod ? SECONDARY : UNCONFIRMED;
  }
}
