package org.recourse.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.recourse.law.BusinessCalendar;
import org.recourse.law.Trigger;

/**
 * What a case has recorded that time limits are counted from, with the jurisdiction's time zone and
 * business calendar.
 *
 * <p>Every fact is nullable: null means the case has not recorded it, and a rule that needs it is
 * answered {@link ComputedDeadline.Status#MISSING_FACT} naming the fact (by its component name,
 * e.g. "discoveryDate"), never guessed. Dates of events are calendar dates as the victim or the
 * record gives them; a removal request sent and a counter-notice received are moments, because hour
 * limits (48 hours under 47 U.S.C. § 223a) run from the moment, not the day. {@code dateOfBirth} is
 * read by rules tolled during minority (740 ILCS 190/30) and by {@link Trigger#VICTIM_TURNS_18}.
 *
 * <p>{@code zone} turns moments into local dates for limits in days, months and years, and dates
 * into moments (the start of the day) for limits in hours. {@code calendar} says which days are
 * business days for limits in business days. Both are required.
 */
public record CaseFacts(
    ZoneId zone,
    BusinessCalendar calendar,
    LocalDate incidentDate,
    LocalDate disseminationDate,
    LocalDate discoveryDate,
    LocalDate threatDate,
    LocalDate dateOfBirth,
    Instant removalRequestSent,
    Instant counterNoticeReceived,
    LocalDate manualDate) {

  public CaseFacts {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(calendar, "calendar");
  }

  /** Starts facts for a jurisdiction with the given zone and business calendar. */
  public static Builder in(ZoneId zone, BusinessCalendar calendar) {
    return new Builder(zone, calendar);
  }

  /** The calendar date the trigger happened on, or null if not recorded. */
  LocalDate dateOf(Trigger trigger) {
    return switch (trigger) {
      case INCIDENT -> incidentDate;
      case DISSEMINATION -> disseminationDate;
      case DISCOVERY -> discoveryDate;
      case THREAT -> threatDate;
      case VICTIM_TURNS_18 -> dateOfBirth == null ? null : dateOfBirth.plusYears(18);
      case MANUAL -> manualDate;
      case REMOVAL_REQUEST_SENT -> localDate(removalRequestSent);
      case COUNTER_NOTICE_RECEIVED -> localDate(counterNoticeReceived);
    };
  }

  /** The moment of a moment trigger, or null if not recorded or the trigger is a date. */
  Instant instantOf(Trigger trigger) {
    return switch (trigger) {
      case REMOVAL_REQUEST_SENT -> removalRequestSent;
      case COUNTER_NOTICE_RECEIVED -> counterNoticeReceived;
      default -> null;
    };
  }

  private LocalDate localDate(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, zone);
  }

  /** Builds {@link CaseFacts}; facts left unset are not recorded. */
  public static final class Builder {
    private final ZoneId zone;
    private final BusinessCalendar calendar;
    private LocalDate incidentDate;
    private LocalDate disseminationDate;
    private LocalDate discoveryDate;
    private LocalDate threatDate;
    private LocalDate dateOfBirth;
    private Instant removalRequestSent;
    private Instant counterNoticeReceived;
    private LocalDate manualDate;

    private Builder(ZoneId zone, BusinessCalendar calendar) {
      this.zone = zone;
      this.calendar = calendar;
    }

    public Builder incidentDate(LocalDate date) {
      this.incidentDate = date;
      return this;
    }

    public Builder disseminationDate(LocalDate date) {
      this.disseminationDate = date;
      return this;
    }

    public Builder discoveryDate(LocalDate date) {
      this.discoveryDate = date;
      return this;
    }

    public Builder threatDate(LocalDate date) {
      this.threatDate = date;
      return this;
    }

    public Builder dateOfBirth(LocalDate date) {
      this.dateOfBirth = date;
      return this;
    }

    public Builder removalRequestSent(Instant moment) {
      this.removalRequestSent = moment;
      return this;
    }

    public Builder counterNoticeReceived(Instant moment) {
      this.counterNoticeReceived = moment;
      return this;
    }

    public Builder manualDate(LocalDate date) {
      this.manualDate = date;
      return this;
    }

    public CaseFacts build() {
      return new CaseFacts(
          zone,
          calendar,
          incidentDate,
          disseminationDate,
          discoveryDate,
          threatDate,
          dateOfBirth,
          removalRequestSent,
          counterNoticeReceived,
          manualDate);
    }
  }
}
