package org.recourse.law;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * A place whose law applies to a case: a country, a state or province, or the EU. The law library
 * adds statutes and holiday calendars to it.
 */
@Entity
@Table(name = "jurisdiction")
@Audited
public class Jurisdiction {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "parent_code")
  private String parentCode;

  /** The zone in which dates of this jurisdiction's deadlines fall. */
  @Column(name = "time_zone")
  private String timeZone;

  /** The public-holiday calendar for business days (jollyday code); none: weekends only. */
  @Column(name = "holiday_calendar")
  private String holidayCalendar;

  protected Jurisdiction() {}

  public Jurisdiction(
      String code, String name, String parentCode, String timeZone, String holidayCalendar) {
    this.code = code;
    correct(name, parentCode, timeZone, holidayCalendar);
  }

  /** Corrects the jurisdiction; the caller has validated zone and holiday calendar. */
  public void correct(String name, String parentCode, String timeZone, String holidayCalendar) {
    this.name = name;
    this.parentCode = parentCode;
    this.timeZone = timeZone;
    this.holidayCalendar = holidayCalendar;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getParentCode() {
    return parentCode;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public String getHolidayCalendar() {
    return holidayCalendar;
  }
}
