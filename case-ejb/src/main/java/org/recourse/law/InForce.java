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

  public InForce {
    if (from != null && until != null && until.isBefore(from)) {
      throw new InvalidRuleException(
          java.util.Map.of("effectiveUntil", "must not be before the effective date " + from));
    }
  }

  /** Whether the rule is in force on {@code date}. */
  public boolean covers(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
  }

  /** "from 2027-01-01", "from 2019-01-01 until 2023-12-31", "always". */
  public String describe() {
    if (from == null && until == null) {
      return "always";
    }
    return ((from == null ? "" : "from " + from + " ") + (until == null ? "" : "until " + until))
        .strip();
  }
}
