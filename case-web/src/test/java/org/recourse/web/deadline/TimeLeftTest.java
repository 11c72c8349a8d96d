package org.recourse.web.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.recourse.web.deadline.TimeLeft.Urgency;

class TimeLeftTest {

  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

  private static TimeLeft in(Duration duration) {
    return TimeLeft.until(NOW.plus(duration), NOW);
  }

  @Test
  void aPlatformsFortyEightHoursAreToldInHoursAndAmber() {
    assertEquals(new TimeLeft("47 h left", Urgency.SOON), in(Duration.ofMinutes(47 * 60 + 59)));
  }

  @Test
  void lessThanADayIsRedAndUnderAnHourInMinutes() {
    assertEquals(new TimeLeft("23 h left", Urgency.URGENT), in(Duration.ofMinutes(23 * 60 + 30)));
    assertEquals(new TimeLeft("12 min left", Urgency.URGENT), in(Duration.ofMinutes(12)));
  }

  @Test
  void threeDaysOrMoreAreToldInDaysWithoutColour() {
    assertEquals(new TimeLeft("3 days left", Urgency.CALM), in(Duration.ofHours(72)));
    assertEquals(new TimeLeft("6 days left", Urgency.CALM), in(Duration.ofHours(6 * 24 + 5)));
  }

  @Test
  void aPassedClockIsOverdueAndRed() {
    assertEquals(new TimeLeft("overdue by 2 h", Urgency.URGENT), in(Duration.ofMinutes(-150)));
    assertEquals(new TimeLeft("overdue by 4 days", Urgency.URGENT), in(Duration.ofDays(-4)));
  }

  @Test
  void aDateRunsToTheEndOfItsDay() {
    LocalDate today = LocalDate.of(2026, 12, 3);
    assertEquals(new TimeLeft("due today", Urgency.URGENT), TimeLeft.untilEndOf(today, today));
    assertEquals(
        new TimeLeft("1 day left", Urgency.SOON), TimeLeft.untilEndOf(today.plusDays(1), today));
    assertEquals(
        new TimeLeft("3 days left", Urgency.CALM), TimeLeft.untilEndOf(today.plusDays(3), today));
    assertEquals(
        new TimeLeft("overdue by 1 day", Urgency.URGENT),
        TimeLeft.untilEndOf(today.minusDays(1), today));
  }

  @Test
  void eachUrgencyHasItsBadge() {
    assertEquals("rc-clock rc-clock-urgent", Urgency.URGENT.styleClass());
    assertEquals("rc-clock rc-clock-soon", Urgency.SOON.styleClass());
    assertEquals("rc-clock", Urgency.CALM.styleClass());
  }
}
