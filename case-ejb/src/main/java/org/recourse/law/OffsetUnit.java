package org.recourse.law;

/**
 * The unit a time limit is stated in. Platform duties are stated in hours (48 under 47 U.S.C. §
 * 223a, 24 for an eSafety removal notice under the Online Safety Act 2021 (Cth) ss.77–78), the
 * DMCA's restore window in business days (17 U.S.C. § 512(g)(2)(C)), limitation periods in months
 * or years.
 *
 * <p>{@link #maxAmount()} is a sanity bound, not law: no limit in the law library comes near it,
 * and it keeps a typing slip (36500 years) from producing nonsense or a long business-day count.
 */
public enum OffsetUnit {
  HOURS("hour", "hours", 87_600),
  CALENDAR_DAYS("calendar day", "calendar days", 36_600),
  BUSINESS_DAYS("business day", "business days", 2_600),
  MONTHS("month", "months", 1_200),
  YEARS("year", "years", 100);

  private final String singular;
  private final String plural;
  private final int maxAmount;

  OffsetUnit(String singular, String plural, int maxAmount) {
    this.singular = singular;
    this.plural = plural;
    this.maxAmount = maxAmount;
  }

  /** The largest amount a rule may state in this unit. */
  public int maxAmount() {
    return maxAmount;
  }

  /** "1 year", "3 years", "48 hours". */
  public String describe(int amount) {
    return amount + " " + (amount == 1 ? singular : plural);
  }

  /** The unit's plural name, e.g. "business days". */
  public String plural() {
    return plural;
  }
}
