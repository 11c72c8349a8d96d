package org.recourse.law;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Business calendars by jurisdiction code, from the jollyday holiday library.
 *
 * <p>A code is a country ("US", "GB", "AU", "CA") or a country and subdivision as in ISO 3166-2
 * ("US-NY", "AU-NSW", "CA-BC", "GB-SCT"); case does not matter. "US" is the federal calendar (the
 * legal public holidays of 5 U.S.C. § 6103(a)); a state adds its own. "GB" alone means England and
 * Wales, which share one list of bank holidays (Banking and Financial Dealings Act 1971, sch.1
 * para.1) and are where the Sexual Offences Act 2003 s.66B applies; Scotland ("GB-SCT") and
 * Northern Ireland ("GB-NIR") have their own. An unknown country or subdivision is refused rather
 * than treated as having no holidays, which would count holidays as working days.
 *
 * <p>Holiday managers and calendars are created once and shared; all are thread-safe.
 */
public final class BusinessCalendars {

  private static final ConcurrentHashMap<String, HolidayManager> MANAGERS =
      new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, BusinessCalendar> CALENDARS =
      new ConcurrentHashMap<>();
  private static final BusinessCalendar WEEKENDS_ONLY = new WeekendsOnly();

  private BusinessCalendars() {}

  /**
   * The calendar of a jurisdiction code.
   *
   * @throws IllegalArgumentException if jollyday has no holidays for the code
   */
  public static BusinessCalendar forJurisdiction(String code) {
    String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    BusinessCalendar cached = CALENDARS.get(normalised);
    return cached != null ? cached : CALENDARS.computeIfAbsent(normalised, BusinessCalendars::load);
  }

  /**
   * Saturdays and Sundays only, for a jurisdiction whose holidays are not known; the explanation
   * then says that only weekends were skipped.
   */
  public static BusinessCalendar weekendsOnly() {
    return WEEKENDS_ONLY;
  }

  private static BusinessCalendar load(String code) {
    String[] parts = code.split("-");
    String country = parts[0];
    if (country.isEmpty() || !SupportedCountries.CODES.contains(country)) {
      throw new IllegalArgumentException("no holiday calendar for jurisdiction '" + code + "'");
    }
    String[] subdivisions = new String[parts.length - 1];
    for (int i = 1; i < parts.length; i++) {
      subdivisions[i - 1] = parts[i].toLowerCase(Locale.ROOT);
    }
    String name = code;
    if (country.equals("GB") && subdivisions.length == 0) {
      subdivisions = new String[] {"eng"};
      name = "GB (England and Wales)";
    }
    HolidayManager manager =
        MANAGERS.computeIfAbsent(
            country, key -> HolidayManager.getInstance(ManagerParameters.create(key)));
    CalendarHierarchy level = manager.getCalendarHierarchy();
    for (String subdivision : subdivisions) {
      level = level.getChildren().get(subdivision);
      if (level == null) {
        throw new IllegalArgumentException(
            "no holiday calendar for subdivision '"
                + subdivision
                + "' of "
                + country
                + " (jurisdiction '"
                + code
                + "')");
      }
    }
    boolean federalColumbusDay = country.equals("US") && subdivisions.length == 0;
    return new JollydayBusinessCalendar(
        manager, subdivisions, federalColumbusDay, "weekends and public holidays of " + name);
  }

  /** jollyday's country codes, read once. */
  private static final class SupportedCountries {
    static final Set<String> CODES = Set.copyOf(HolidayManager.getSupportedCalendarCodes());
  }

  private static final class WeekendsOnly implements BusinessCalendar {
    @Override
    public boolean isBusinessDay(LocalDate date) {
      DayOfWeek day = date.getDayOfWeek();
      return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    @Override
    public String describe() {
      return "weekends (holidays not known)";
    }
  }
}
