package org.recourse.law;

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
 * grade among them.
 */
public enum SourceGrade {
  PRIMARY("official text"),
  MIRROR("statute text on an unofficial site"),
  SECONDARY("a summary, not the text"),
  UNCONFIRMED("no source states it");

  /** What is shown beside a provisional date. */
  public static final String PROVISIONAL_NOTE = "provisional - check before relying on it";

  private final String meaning;

  SourceGrade(String meaning) {
    this.meaning = meaning;
  }

  /** What the grade means, in words. */
  public String meaning() {
    return meaning;
  }

  /** The grade as an import or the API names it, with its meaning: "PRIMARY (official text)". */
  public String codeInWords() {
    return name() + " (" + meaning + ")";
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
