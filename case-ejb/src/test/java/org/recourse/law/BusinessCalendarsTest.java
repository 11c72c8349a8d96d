package org.recourse.law;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessCalendarsTest {

  private static boolean businessDay(String jurisdiction, String date) {
    return BusinessCalendars.forJurisdiction(jurisdiction).isBusinessDay(LocalDate.parse(date));
  }

  @Test
  void federalCalendarSkipsFederalHolidaysAndWeekends() {
    assertFalse(businessDay("US", "2026-11-26"), "Thanksgiving");
    assertTrue(businessDay("US", "2026-11-27"), "the day after Thanksgiving is not federal");
    assertFalse(businessDay("US", "2026-07-03"), "Independence Day on a Saturday, observed Friday");
    assertFalse(businessDay("US", "2026-10-12"), "Columbus Day, 5 U.S.C. § 6103(a)");
    assertFalse(businessDay("US", "2026-11-28"), "Saturday");
    assertTrue(businessDay("US", "2026-11-30"), "Monday");
  }

  @Test
  void aHolidayObservedInThePreviousYearIsSkipped() {
    // New Year's Day 2022 fell on a Saturday and was observed on Friday 2021-12-31.
    assertFalse(businessDay("US", "2021-12-31"));
  }

  @Test
  void subdivisionsAddTheirOwnHolidays() {
    assertTrue(businessDay("US", "2026-03-02"));
    assertFalse(businessDay("US-NY", "2026-10-12"), "Columbus Day in New York");
    assertFalse(businessDay("us-ny", "2026-11-26"), "codes are case-insensitive");
  }

  @Test
  void greatBritainMeansEnglandAndWales() {
    assertFalse(businessDay("GB", "2026-08-31"), "summer bank holiday in England and Wales");
    assertTrue(businessDay("GB-SCT", "2026-08-31"), "not a bank holiday in Scotland");
    assertFalse(businessDay("GB-SCT", "2026-01-02"), "2 January is a bank holiday in Scotland");
    assertTrue(businessDay("GB", "2026-01-02"));
  }

  @Test
  void australiaAndCanadaHaveCalendars() {
    assertFalse(businessDay("AU", "2026-01-26"), "Australia Day");
    assertFalse(businessDay("CA", "2026-07-01"), "Canada Day");
    assertTrue(businessDay("CA", "2026-07-02"));
  }

  @Test
  void unknownJurisdictionsAreRefusedNotTreatedAsHolidayFree() {
    assertThrows(IllegalArgumentException.class, () -> BusinessCalendars.forJurisdiction("XX"));
    assertThrows(IllegalArgumentException.class, () -> BusinessCalendars.forJurisdiction("US-QQ"));
    assertThrows(IllegalArgumentException.class, () -> BusinessCalendars.forJurisdiction(""));
    assertThrows(IllegalArgumentException.class, () -> BusinessCalendars.forJurisdiction(null));
  }

  @Test
  void calendarsAreSharedAndWeekendsOnlySkipsOnlyWeekends() {
    assertSame(BusinessCalendars.forJurisdiction("US"), BusinessCalendars.forJurisdiction("us"));
    BusinessCalendar weekends = BusinessCalendars.weekendsOnly();
    assertTrue(weekends.isBusinessDay(LocalDate.parse("2026-11-26")));
    assertFalse(weekends.isBusinessDay(LocalDate.parse("2026-11-28")));
  }

  @Test
  void yearsOutsideTheCachedRangeStillWork() {
    assertFalse(businessDay("US", "2526-12-25"), "Christmas");
    assertTrue(businessDay("US", "2526-12-24"), "a Tuesday");
  }
}
