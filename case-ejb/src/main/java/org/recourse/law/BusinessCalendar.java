package org.recourse.law;

import java.time.LocalDate;

/**
 * Which days count as business days in a jurisdiction. The DMCA's restore window after a
 * counter-notice is "not less than 10, nor more than 14, business days" (17 U.S.C. § 512(g)(2)(C)),
 * and which days are business days depends on the jurisdiction's public holidays. Implementations
 * must be thread-safe and fast: the calculator asks once per day counted.
 */
public interface BusinessCalendar {

  /** Whether {@code date} is a business day: not a weekend day and not a public holiday. */
  boolean isBusinessDay(LocalDate date);

  /** What the calendar skips, in words, e.g. "weekends and public holidays of US". */
  default String describe() {
    return "weekends and holidays";
  }
}
