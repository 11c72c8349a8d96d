package org.recourse.law;

import java.util.Objects;

/**
 * How one time limit is counted, as an immutable value built from the law library's stored rules.
 * Every rule carries a label, the citation of the law it comes from and its {@link SourceGrade}: a
 * rule graded {@link SourceGrade#UNCONFIRMED} never yields a date, one graded {@link
 * SourceGrade#SECONDARY} yields a provisional one.
 *
 * <ul>
 *   <li>{@link Period}: an amount of a unit after a trigger, e.g. two years after discovery (740
 *       ILCS 190/30), optionally with a window (not less than 10 and not more than 14 business
 *       days, 17 U.S.C. § 512(g)(2)(C)) and optionally paused while the victim is a minor.
 *   <li>{@link Unconfirmed}: a limit known to exist but whose length no source found confirms (15
 *       U.S.C. § 6851, Cal. Civ. Code § 1708.85). It is stored without a number and never yields a
 *       date; a number is never guessed.
 *   <li>{@link Combination}: the later or earlier of two rules, e.g. N.Y. Civ. Rights Law § 52-b:
 *       the later of three years after dissemination and one year after discovery.
 * </ul>
 *
 * Construction validates and throws {@link InvalidRuleException} naming the field at fault; {@link
 * RuleDraft} validates a stored row without throwing.
 */
public sealed interface RuleSpec
    permits RuleSpec.Period, RuleSpec.Unconfirmed, RuleSpec.Combination {

  String label();

  String citation();

  SourceGrade grade();

  /** Whether the text (official or mirrored) states the rule. */
  default boolean verified() {
    return grade().confirmed();
  }

  /** A period after a trigger, e.g. "1 year after discovery". */
  static Period period(
      String label,
      String citation,
      SourceGrade grade,
      Trigger trigger,
      int amount,
      OffsetUnit unit) {
    return new Period(label, citation, grade, trigger, amount, unit, null, false);
  }

  /**
   * A window of {@code earliest} to {@code latest} units after a trigger; the deadline is the
   * window's end.
   */
  static Period window(
      String label,
      String citation,
      SourceGrade grade,
      Trigger trigger,
      int earliest,
      int latest,
      OffsetUnit unit) {
    return new Period(
        label, citation, grade, trigger, latest, unit, new Window(earliest, latest), false);
  }

  /**
   * A limit whose length no source confirms; {@code trigger} may be null if that is unknown too.
   */
  static Unconfirmed unconfirmed(String label, String citation, Trigger trigger) {
    return new Unconfirmed(label, citation, trigger);
  }

  /** The later of two rules. */
  static Combination laterOf(
      String label, String citation, SourceGrade grade, RuleSpec first, RuleSpec second) {
    return new Combination(label, citation, grade, Combinator.LATER_OF, first, second);
  }

  /** The earlier of two rules. */
  static Combination earlierOf(
      String label, String citation, SourceGrade grade, RuleSpec first, RuleSpec second) {
    return new Combination(label, citation, grade, Combinator.EARLIER_OF, first, second);
  }

  /**
   * The earliest and latest amount of a window, in the unit of its {@link Period}. The deadline is
   * the latest; the earliest is when the act may first happen (a host may restore material after a
   * counter-notice no sooner than 10 business days, 17 U.S.C. § 512(g)(2)(C)).
   */
  record Window(int earliest, int latest) {}

  /**
   * {@code amount} {@code unit}s after {@code trigger}. With a window, {@code amount} equals the
   * window's latest. {@code tolledDuringMinority}: if the victim is under 18 when the trigger
   * happens, the period runs from the 18th birthday instead (740 ILCS 190/30: the period "does not
   * run while the victim is a minor"); it applies to days, months and years, not hours.
   */
  record Period(
      String label,
      String citation,
      SourceGrade grade,
      Trigger trigger,
      int amount,
      OffsetUnit unit,
      Window window,
      boolean tolledDuringMinority)
      implements RuleSpec {

    public Period {
      grade = grade == null ? SourceGrade.UNCONFIRMED : grade;
      InvalidRuleException.throwIfAny(
          RuleDraft.periodErrors(
              label,
              citation,
              trigger,
              amount,
              unit,
              window == null ? null : window.earliest(),
              window == null ? null : window.latest(),
              tolledDuringMinority));
    }

    /** The same period, paused while the victim is a minor. */
    public Period withTollingDuringMinority() {
      return new Period(label, citation, grade, trigger, amount, unit, window, true);
    }
  }

  /**
   * A limit stored without a number because no source confirms one. It is always {@link
   * SourceGrade#UNCONFIRMED}, and the calculator answers {@code PERIOD_UNKNOWN}, never a date.
   * {@code trigger} is what the limit would run from, if known, or null.
   */
  record Unconfirmed(String label, String citation, Trigger trigger) implements RuleSpec {

    public Unconfirmed {
      InvalidRuleException.throwIfAny(RuleDraft.labelErrors(label, citation));
    }

    @Override
    public SourceGrade grade() {
      return SourceGrade.UNCONFIRMED;
    }
  }

  /**
   * The later or earlier of two rules. The result carries the weakest grade of this rule and its
   * parts.
   */
  record Combination(
      String label,
      String citation,
      SourceGrade grade,
      Combinator combinator,
      RuleSpec first,
      RuleSpec second)
      implements RuleSpec {

    public Combination {
      grade = grade == null ? SourceGrade.UNCONFIRMED : grade;
      var errors = RuleDraft.labelErrors(label, citation);
      if (combinator == null) {
        errors.put("combinator", "choose LATER_OF or EARLIER_OF");
      } else if (first == null || second == null) {
        errors.put("combinator", combinator + " needs two rules to compare");
      }
      InvalidRuleException.throwIfAny(errors);
      Objects.requireNonNull(first);
      Objects.requireNonNull(second);
    }
  }
}
