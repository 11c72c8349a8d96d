package org.recourse.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalendarFeedTitleTest {

  @Test
  void provisionalDateSaysSoInTheEventTitle() {
    assertEquals(
        "RC-2026-0001: Limitation period (provisional)",
        CalendarFeedService.eventTitle("RC-2026-0001", "Limitation period", true));
  }

  @Test
  void firmDateHasThePlainTitle() {
    assertEquals(
        "RC-2026-0001: Limitation period",
        CalendarFeedService.eventTitle("RC-2026-0001", "Limitation period", false));
  }
}
