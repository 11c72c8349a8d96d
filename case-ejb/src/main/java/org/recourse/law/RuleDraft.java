package org.recourse.law;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rule as the law library stores it: one flat row with nullable columns, before it is known to be
 * a valid {@link RuleSpec}. {@link #validate()} returns every problem, field name to message, for
 * the form that edits the row; {@link #toSpec()} builds the rule or throws {@link
 * InvalidRuleException} with the same map.
 *
 * <p>Which kind of rule a row is: with a {@code combinator} it is the later or earlier of {@code
 * first} and {@code second}, and must set nothing else (a window or a trigger belongs to the rules
 * it combines); without one, a row with an {@code amount} or a window is a {@link RuleSpec.Period},
 * and a row with neither is a limit no source confirms ({@link RuleSpec.Unconfirmed}), which must
 * be graded {@link SourceGrade#UNCONFIRMED}: a rule graded higher must state its period. Errors of
 * a combined rule's parts are prefixed "first." or "second.".
 */
public record RuleDraft(
    String label,
    String citation,
    SourceGrade grade,
    Combinator combinator,
    RuleDraft first,
    RuleDraft second,
    Trigger trigger,
    Integer amount,
    OffsetUnit unit,
    Integer windowStart,
    Integer windowEnd,
    boolean tolledDuringMinority) {

  /** Every problem with this row, field name to message; empty if it can be built. */
  public Map<String, String> validate() {
    if (combinator != null) {
      return combinationErrors();
    }
    if (amount == null && windowStart == null && windowEnd == null) {
      var errors = labelErrors(label, citation);
      if (grade != null && grade != SourceGrade.UNCONFIRMED) {
        errors.put(
            "amount",
            "a rule graded "
                + grade.codeInWords()
                + " must state its period; grade it "
                + SourceGrade.UNCONFIRMED.codeInWords()
                + " if no source states one");
      }
      return errors;
    }
    Integer effectiveAmount = amount == null ? windowEnd : amount;
    return periodErrors(
        label,
        citation,
        trigger,
        effectiveAmount,
        unit,
        windowStart,
        windowEnd,
        tolledDuringMinority);
  }

  /**
   * The rule this row describes; throws {@link InvalidRuleException} if {@link #validate()} fails.
   */
  public RuleSpec toSpec() {
    InvalidRuleException.throwIfAny(validate());
    if (combinator != null) {
      return new RuleSpec.Combination(
          label, citation, grade, combinator, first.toSpec(), second.toSpec());
    }
    if (amount == null && windowStart == null) {
      return new RuleSpec.Unconfirmed(label, citation, trigger);
    }
    RuleSpec.Window window =
        windowStart == null ? null : new RuleSpec.Window(windowStart, windowEnd);
    int effectiveAmount = amount == null ? windowEnd : amount;
    return new RuleSpec.Period(
        label, citation, grade, trigger, effectiveAmount, unit, window, tolledDuringMinority);
  }

  private Map<String, String> combinationErrors() {
    var errors = labelErrors(label, citation);
    if (windowStart != null || windowEnd != null) {
      errors.put(
          "combinator",
          "a window belongs to a single period, not to "
              + combinator
              + "; set it on the rules it combines");
    } else if (trigger != null || amount != null || unit != null || tolledDuringMinority) {
      errors.put(
          "combinator",
          combinator
              + " only combines two rules; set the trigger, period and tolling on those rules");
    } else if (first == null || second == null) {
      errors.put("combinator", combinator + " needs two rules to compare");
    }
    if (first != null) {
      first.validate().forEach((field, message) -> errors.put("first." + field, message));
    }
    if (second != null) {
      second.validate().forEach((field, message) -> errors.put("second." + field, message));
    }
    return errors;
  }

  static Map<String, String> labelErrors(String label, String citation) {
    var errors = new LinkedHashMap<String, String>();
    if (label == null || label.isBlank()) {
      errors.put("label", "give the rule a name");
    }
    if (citation == null || citation.isBlank()) {
      errors.put("citation", "cite the law the rule comes from");
    }
    return errors;
  }

  static Map<String, String> periodErrors(
      String label,
      String citation,
      Trigger trigger,
      Integer amount,
      OffsetUnit unit,
      Integer windowStart,
      Integer windowEnd,
      boolean tolledDuringMinority) {
    var errors = labelErrors(label, citation);
    if (trigger == null) {
      errors.put("trigger", "choose the event the period is counted from");
    }
    if (unit == null) {
      errors.put("unit", "choose the unit the period is stated in");
    } else if (tolledDuringMinority && unit == OffsetUnit.HOURS) {
      errors.put("unit", "tolling during minority applies to days, months or years, not to hours");
    }
    if (amount == null) {
      errors.put("amount", "enter the period");
    } else if (amount < 0) {
      errors.put("amount", "must not be negative");
    } else if (unit != null && amount > unit.maxAmount()) {
      errors.put("amount", "must be at most " + unit.describe(unit.maxAmount()));
    }
    if (windowStart != null || windowEnd != null) {
      if (windowStart == null) {
        errors.put("windowStart", "a window needs its earliest as well as its latest");
      } else if (windowStart < 0) {
        errors.put("windowStart", "must not be negative");
      }
      if (windowEnd == null) {
        errors.put("windowEnd", "a window needs its latest as well as its earliest");
      } else if (windowStart != null && windowEnd < windowStart) {
        errors.put("windowEnd", "must not be before the window's start (" + windowStart + ")");
      } else if (amount != null && !amount.equals(windowEnd)) {
        errors.putIfAbsent(
            "amount", "must equal the window's end (" + windowEnd + "): the deadline is its end");
      }
    }
    return errors;
  }
}
