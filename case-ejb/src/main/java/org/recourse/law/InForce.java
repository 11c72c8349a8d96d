package org.recourse.law;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * When a rule is the law: from {@code from} (inclusive; null when it has applied since before any
 * case) until {@code until} (inclusive; null while it is not repealed or replaced). The deadline
 * engine applies the version of a rule in force on its trigger's date: Utah Code § 13-72b-302's
 * 48-hour removal duty applies from 2027-01-01, so a request sent on 2026-12-30 gets no clock from
 * it and one sent on 2027-01-02 does.
 */
public record InForce(LocalDate from, LocalDate until) implements Serializable {

  /** A rule with no known start or end. */
  public static final InForce ALWAYS = new InForce(null, null);

  /** No date: a rule and its statute whose spans do not overlap. */
  public static final InForce NEVER = new InForce(LocalDate.MAX, LocalDate.MAX);

  public InForce {
    if (from != null && until != null && until.isBefore(from)) {
      throw new InvalidRuleException(
          java.util.Map.of("effectiveUntil", "must not be before the effective date " + from));
    }
  }

  /**
   * The span in which both this and {@code other} are in force: a rule applies only while its
   * statute does too (the later start, the earlier end). Spans that never overlap (a data error)
   * give a span that covers no date.
   */
  public InForce and(InForce other) {
    LocalDate start = later(from, other.from);
    LocalDate end = earlier(until, other.until);
    if (start != null && end != null && end.isBefore(start)) {
      return NEVER;
    }
    return new InForce(start, end);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  /** Whether the rule is in force on {@code date}. */
  public boolean covers(LocalDate date) {
    return !equals(NEVER)
        && (from == null || !date.isBefore(from))
        && (until == null || !date.isAfter(until));
  }

  /** "from 2027-01-01", "from 2019-01-01 until 2023-12-31", "always". */
  public String describe() {
    if (from == null && until == null) {
      return "always";
    }
    if (equals(NEVER)) {
      return "never (the rule and its statute are not in force at the same time)";
    }
    return ((from == null ? "" : "from " + from + " ") + (until == null ? "" : "until " + until))
        .strip();
  }
}
