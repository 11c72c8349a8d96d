package org.recourse.privacy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The organisation's retention period for closed cases, in whole months counted from the moment a
 * case was closed (calendar months in UTC: a case closed on 31 January with one month is due on 28
 * or 29 February). It is an organisational policy chosen by an administrator, not a legal rule;
 * zero means a closed case may be purged at once.
 *
 * @param months the period, 0 to {@value #MAX_MONTHS}
 */
public record RetentionPolicy(int months) {

  /** The default: six years, a common policy for closed legal files. */
  public static final int DEFAULT_MONTHS = 72;

  /** One hundred years: anything longer is a typing error. */
  public static final int MAX_MONTHS = 1200;

  public RetentionPolicy {
    if (months < 0 || months > MAX_MONTHS) {
      throw new IllegalArgumentException(
          "The retention period must be 0 to " + MAX_MONTHS + " months, was " + months);
    }
  }

  /** Why a period is refused, or null if it is acceptable. */
  public static String problemWith(Integer months) {
    if (months == null) {
      return "Give the retention period in months";
    }
    if (months < 0 || months > MAX_MONTHS) {
      return "Between 0 and " + MAX_MONTHS + " months (100 years)";
    }
    return null;
  }

  /** When a case closed at {@code closedAt} may be purged. */
  public Instant purgeDue(Instant closedAt) {
    return closedAt.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
  }

  /** Whether the retention of a case closed at {@code closedAt} has ended at {@code now}. */
  public boolean hasEnded(Instant closedAt, Instant now) {
    return closedAt != null && !purgeDue(closedAt).isAfter(now);
  }

  /**
   * Cases closed at or before this moment have reached the end of their retention at {@code now}.
   */
  public Instant closedOnOrBefore(Instant now) {
    return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
  }

  /**
   * Whether what an administrator typed confirms the purge of the case numbered {@code caseNumber}:
   * the number itself, surrounding spaces and letter case aside.
   */
  public static boolean confirms(String caseNumber, String typed) {
    return typed != null
        && typed.strip().toUpperCase(Locale.ROOT).equals(caseNumber.toUpperCase(Locale.ROOT));
  }
}
