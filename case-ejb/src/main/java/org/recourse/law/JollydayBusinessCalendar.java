package org.recourse.law;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Business days from jollyday's public-holiday data: Saturdays, Sundays and the public and bank
 * holidays of a country or subdivision are not business days; days jollyday marks only as
 * observances are. A holiday that falls on a weekend and is observed on a weekday takes that
 * weekday off.
 *
 * <p>jollyday lists Columbus Day only under the states that keep it, not as a United States
 * holiday, although 5 U.S.C. § 6103(a) makes the second Monday in October a legal public holiday
 * for the federal government. The federal calendar ("US", used for the DMCA's business days, 17
 * U.S.C. § 512(g)(2)(C)) adds it from 1971, when the Uniform Monday Holiday Act (Pub. L. 90-363)
 * took effect; state calendars keep jollyday's state data.
 *
 * <p>Holidays are computed once per year and kept, in an array for 1900–2399 and a map outside that
 * range; after that a lookup is a weekday test and an array read.
 */
final class JollydayBusinessCalendar implements BusinessCalendar {

  private static final int FIRST_CACHED_YEAR = 1900;
  private static final int CACHED_YEARS = 500;

  private final HolidayManager manager;
  private final String[] subdivisions;
  private final boolean federalColumbusDay;
  private final String description;
  private final AtomicReferenceArray<boolean[]> years = new AtomicReferenceArray<>(CACHED_YEARS);
  private final ConcurrentHashMap<Integer, boolean[]> otherYears = new ConcurrentHashMap<>();

  JollydayBusinessCalendar(
      HolidayManager manager,
      String[] subdivisions,
      boolean federalColumbusDay,
      String description) {
    this.manager = manager;
    this.subdivisions = subdivisions.clone();
    this.federalColumbusDay = federalColumbusDay;
    this.description = description;
  }

  @Override
  public boolean isBusinessDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
      return false;
    }
    return !holidaysOf(date.getYear())[date.getDayOfYear()];
  }

  @Override
  public String describe() {
    return description;
  }

  private boolean[] holidaysOf(int year) {
    int index = year - FIRST_CACHED_YEAR;
    if (index < 0 || index >= CACHED_YEARS) {
      return otherYears.computeIfAbsent(year, this::load);
    }
    boolean[] cached = years.get(index);
    if (cached == null) {
      cached = load(year);
      if (!years.compareAndSet(index, null, cached)) {
        cached = years.get(index);
      }
    }
    return cached;
  }

  /**
   * Day-of-year flags (index 1–366) for the year's holidays. The neighbouring years are read too,
   * because a holiday can be observed in the year before its own (New Year's Day 2022, a Saturday,
   * was observed on Friday 2021-12-31).
   */
  private boolean[] load(int year) {
    boolean[] holidays = new boolean[367];
    synchronized (manager) {
      for (int y = year - 1; y <= year + 1; y++) {
        for (Holiday holiday : manager.getHolidays(Year.of(y), subdivisions)) {
          HolidayType type = holiday.getType();
          LocalDate date = holiday.getDate();
          if ((type == HolidayType.PUBLIC_HOLIDAY || type == HolidayType.BANK_HOLIDAY)
              && date.getYear() == year) {
            holidays[date.getDayOfYear()] = true;
          }
        }
      }
    }
    if (federalColumbusDay && year >= 1971) {
      LocalDate columbusDay =
          LocalDate.of(year, Month.OCTOBER, 1)
              .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
      holidays[columbusDay.getDayOfYear()] = true;
    }
    return holidays;
  }
}
