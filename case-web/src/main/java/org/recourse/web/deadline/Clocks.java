package org.recourse.web.deadline;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.recourse.deadline.DeadlineStatus;
import org.recourse.deadline.DeadlineViews.DeadlineView;
import org.recourse.web.Formats;

/**
 * A deadline as a clock on the page: when it is due in the person's own time zone, how long is left
 * and how urgent that is. A <em>legal clock</em> is a deadline computed from a rule of the law (a
 * limitation period, a platform's or regulator's removal period); a hand-entered deadline, or a
 * removal request's follow-up where no law sets a clock, is a follow-up.
 */
@Named("clocks")
@RequestScoped
public class Clocks {

  @Inject private Formats fmt;
  private final Clock clock = Clock.systemUTC();

  /** The time left until the deadline, or null when it has no date. */
  public TimeLeft left(DeadlineView deadline) {
    if (deadline.dueAt() != null) {
      return TimeLeft.until(deadline.dueAt(), clock.instant());
    }
    if (deadline.dueDate() != null) {
      // a date's day is the law's day as the server counts it (UTC), as "overdue" is
      return TimeLeft.untilEndOf(deadline.dueDate(), LocalDate.now(clock));
    }
    return null;
  }

  /** When it is due, as a person reads it: "Thu 3 Dec 2026, 2:00 PM EST", or the day alone. */
  public String due(DeadlineView deadline) {
    return deadline.dueAt() != null ? fmt.readable(deadline.dueAt()) : fmt.day(deadline.dueDate());
  }

  /** The due time in UTC for the hover text ("" for a date without a time). */
  public String dueUtc(DeadlineView deadline) {
    return fmt.utc(deadline.dueAt());
  }

  /**
   * Computed from a rule of the law (a limitation period, a platform's or regulator's removal
   * period), not entered by hand nor a removal request's follow-up where no law sets a clock.
   */
  public static boolean isLegal(DeadlineView deadline) {
    return deadline.ruleId() != null;
  }

  /** The open legal clock of these deadlines that runs out first (overdue ones first of all). */
  public static Optional<DeadlineView> next(Collection<DeadlineView> deadlines) {
    return deadlines.stream()
        .filter(d -> d.status() == DeadlineStatus.OPEN && isLegal(d))
        .filter(d -> d.dueAt() != null || d.dueDate() != null)
        .min(SOONEST);
  }

  /** Soonest first; a date without a time counts from the end of its day (UTC). */
  public static final Comparator<DeadlineView> SOONEST =
      Comparator.comparing(
              (DeadlineView d) ->
                  d.dueAt() != null
                      ? d.dueAt()
                      : d.dueDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
          .thenComparing(DeadlineView::id);
}
