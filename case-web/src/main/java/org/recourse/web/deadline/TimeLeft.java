package org.recourse.web.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long until a deadline, in words read at a glance ("47 h left", "3 days left", "overdue by 2
 * h"), and how urgent that is: {@link Urgency#URGENT} (red) when it is past or less than a day
 * away, {@link Urgency#SOON} (amber) when less than three days away. A clock counted in hours (a
 * platform's 48 hours) is told in hours until three days remain; a date without a time (a
 * limitation period) runs to the end of that day and is told in days.
 *
 * @param words the time left in words
 * @param urgency how urgent, for the colour of its badge
 */
public record TimeLeft(String words, Urgency urgency) {

  /** How urgent a deadline is. */
  public enum Urgency {
    CALM,
    SOON,
    URGENT;

    /** The style class of the badge: none, amber or red. */
    public String styleClass() {
      return switch (this) {
        case CALM -> "rc-clock";
        case SOON -> "rc-clock rc-clock-soon";
        case URGENT -> "rc-clock rc-clock-urgent";
      };
    }
  }

  static final Duration URGENT_WITHIN = Duration.ofHours(24);
  static final Duration SOON_WITHIN = Duration.ofHours(72);

  /** The time left until an instant. */
  public static TimeLeft until(Instant due, Instant now) {
    Duration left = Duration.between(now, due);
    if (left.isNegative()) {
      return new TimeLeft("overdue by " + span(left.negated()), Urgency.URGENT);
    }
    Urgency urgency =
        left.compareTo(URGENT_WITHIN) < 0
            ? Urgency.URGENT
            : left.compareTo(SOON_WITHIN) < 0 ? Urgency.SOON : Urgency.CALM;
    return new TimeLeft(span(left) + " left", urgency);
  }

  /** The time left until the end of a day, counted in whole days from today. */
  public static TimeLeft untilEndOf(LocalDate due, LocalDate today) {
    long days = ChronoUnit.DAYS.between(today, due);
    if (days < 0) {
      return new TimeLeft("overdue by " + days(-days), Urgency.URGENT);
    }
    if (days == 0) {
      return new TimeLeft("due today", Urgency.URGENT);
    }
    return new TimeLeft(days(days) + " left", days < 3 ? Urgency.SOON : Urgency.CALM);
  }

  /** Minutes under an hour, hours under three days, days beyond. */
  private static String span(Duration span) {
    if (span.compareTo(Duration.ofHours(1)) < 0) {
      return span.toMinutes() + " min";
    }
    if (span.compareTo(SOON_WITHIN) < 0) {
      return span.toHours() + " h";
    }
    return days(span.toDays());
  }

  private static String days(long days) {
    return days == 1 ? "1 day" : days + " days";
  }
}
