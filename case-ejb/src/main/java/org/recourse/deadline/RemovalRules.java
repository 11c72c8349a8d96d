package org.recourse.deadline;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.recourse.law.BusinessCalendar;
import org.recourse.law.BusinessCalendars;
import org.recourse.law.DeadlineRule;
import org.recourse.law.InvalidRuleException;
import org.recourse.law.Jurisdiction;
import org.recourse.law.Trigger;

/**
 * The deadline one rule of the law library sets for a removal request: a rule counting from the
 * request being sent (47 U.S.C. § 223a: 48 hours; Utah Code § 13-72b-302: 48 hours, from
 * 2027-01-01) or from a counter-notice (17 U.S.C. § 512(g)), computed in the time zone and business
 * calendar of the rule's jurisdiction, with the version of the rule in force on the trigger's date:
 * a Utah request sent on 2026-12-30 gets no clock from § 13-72b-302, one sent on 2027-01-02 does.
 */
final class RemovalRules {

  private static final DeadlineCalculator CALCULATOR = new DeadlineCalculator();

  private RemovalRules() {}

  /**
   * The rule's deadline for a request sent at {@code submittedAt} (and a counter-notice received at
   * {@code counterNoticeAt}), or empty when the rule sets none: it does not count from a removal
   * request, its event has not happened, it was not in force on the event's date, or it is stored
   * incomplete.
   */
  static Optional<ComputedDeadline> compute(
      DeadlineRule rule, Instant submittedAt, Instant counterNoticeAt) {
    if (!rule.countsFromRemoval()) {
      return Optional.empty();
    }
    Instant fact = fromSending(rule) ? submittedAt : counterNoticeAt;
    if (fact == null) {
      return Optional.empty();
    }
    Jurisdiction place = rule.getStatute().getJurisdiction();
    CaseFacts facts =
        CaseFacts.in(zoneOf(place), calendarOf(place))
            .removalRequestSent(submittedAt)
            .counterNoticeReceived(counterNoticeAt)
            .build();
    ComputedDeadline computed;
    try {
      computed =
          CALCULATOR.compute(
              rule.toDraft().toSpec(), rule.inForce().and(rule.getStatute().inForce()), facts);
    } catch (InvalidRuleException e) {
      return Optional.empty();
    }
    return computed.status() == ComputedDeadline.Status.NOT_IN_FORCE
        ? Optional.empty()
        : Optional.of(computed);
  }

  /** Whether the rule counts from the request being sent (the platform's clock). */
  static boolean fromSending(DeadlineRule rule) {
    return rule.countsFrom(Trigger.REMOVAL_REQUEST_SENT);
  }

  /**
   * When a deadline ends: its moment, or the end of its due day in {@code zone}; null when it has
   * no date (an unconfirmed period, a statute no source states).
   */
  static Instant end(CaseDeadline deadline, ZoneId zone) {
    if (deadline.getDueAt() != null) {
      return deadline.getDueAt();
    }
    return deadline.getDueDate() == null
        ? null
        : deadline.getDueDate().plusDays(1).atStartOfDay(zone).toInstant();
  }

  static ZoneId zoneOf(Jurisdiction place) {
    try {
      return place.getTimeZone() == null ? ZoneOffset.UTC : ZoneId.of(place.getTimeZone());
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  static BusinessCalendar calendarOf(Jurisdiction place) {
    if (place.getHolidayCalendar() == null) {
      return BusinessCalendars.weekendsOnly();
    }
    try {
      return BusinessCalendars.forJurisdiction(place.getHolidayCalendar());
    } catch (IllegalArgumentException e) {
      return BusinessCalendars.weekendsOnly();
    }
  }
}
