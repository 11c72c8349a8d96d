package org.recourse.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.recourse.law.BusinessCalendar;
import org.recourse.law.Combinator;
import org.recourse.law.InForce;
import org.recourse.law.OffsetUnit;
import org.recourse.law.RuleSpec;
import org.recourse.law.SourceGrade;
import org.recourse.law.Trigger;
import org.recourse.shared.IdentityText;

/**
 * Applies {@link RuleSpec}s to {@link CaseFacts}. Stateless and thread-safe; one instance can serve
 * every case.
 *
 * <h2>Counting</h2>
 *
 * <ul>
 *   <li><b>Hours</b> are exact elapsed time: 48 hours after a removal request (47 U.S.C. § 223a)
 *       ends 48 × 3600 seconds later, whatever the clocks do in between, so a daylight-saving
 *       change does not move it. A trigger recorded as a date (the incident, discovery…) is taken
 *       to start at 00:00 on that date in the jurisdiction's zone, the earliest it can have
 *       happened, so the deadline is never later than the true one.
 *   <li><b>Calendar days, months and years</b> are counted on local dates in the jurisdiction's
 *       zone; a trigger recorded as a moment is first turned into its local date there. Months and
 *       years follow java.time: when the day does not exist in the target month, the result is that
 *       month's last day, so 29 February 2024 plus one year is 28 February 2025 and 31 August plus
 *       six months is the last day of February. The explanation says so when it happens. A deadline
 *       that falls on a weekend or holiday is not moved: whether it rolls forward depends on court
 *       rules that are not in the law library.
 *   <li><b>Business days</b> count forward from the trigger's date (day 0), skipping the days the
 *       case's {@link BusinessCalendar} says are not business days; the deadline is the Nth
 *       business day after. A window of 10 to 14 business days (17 U.S.C. § 512(g)(2)(C)) runs from
 *       the 10th to the 14th business day.
 * </ul>
 *
 * <h2>Tolling during minority</h2>
 *
 * Under a rule tolled during minority, if the victim was under 18 on the trigger's date the period
 * runs from the 18th birthday instead (740 ILCS 190/30: the period "does not run while the victim
 * is a minor"). Someone born on 29 February turns 18 on 28 February in a year that has no 29th (the
 * java.time rule, which ends tolling a day earlier rather than later). The explanation names that
 * day only as an {@link IdentityText} part: the date of birth can be read from it, so those off the
 * case team read "minority tolling applies" instead. If the date of birth is not recorded, the
 * period is counted without tolling, which gives the earliest possible deadline, and the result
 * carries the warning "date of birth unknown: tolling during minority not applied; verify".
 *
 * <h2>Later of, earlier of</h2>
 *
 * Both parts are computed and the explanation shows both and which applies. If either part lacks a
 * fact, which deadline applies cannot be known, so the result is {@link
 * ComputedDeadline.Status#MISSING_FACT} naming every missing fact: for the later of two periods the
 * missing one could be later; for the earlier, it could be earlier. If either part has no confirmed
 * period the result is {@link ComputedDeadline.Status#PERIOD_UNKNOWN}. A deadline in hours and one
 * in days are compared taking the day's deadline as the end of that day in the jurisdiction's zone;
 * on a tie the first part applies.
 *
 * <h2>Unconfirmed periods</h2>
 *
 * A {@link RuleSpec.Unconfirmed} rule always gives {@link ComputedDeadline.Status#PERIOD_UNKNOWN}
 * and never a date.
 */
public final class DeadlineCalculator {

  static final String PROVISIONAL =
      "provisional - check before relying on it: only a summary, not the text, states this rule";

  static final String DATE_OF_BIRTH_UNKNOWN =
      "date of birth unknown: tolling during minority not applied; verify";

  private static final String[] MONTH_NAMES = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  private static final DateTimeFormatter UTC_MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter HOUR_MINUTE =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

  /** Applies one rule, in force whatever the date, to one case. */
  public ComputedDeadline compute(RuleSpec rule, CaseFacts facts) {
    return compute(rule, InForce.ALWAYS, facts);
  }

  /**
   * Applies one rule to one case, if the rule is in force on its trigger's date (for a combination,
   * the earliest recorded date among its parts' triggers); otherwise the result is {@link
   * ComputedDeadline.Status#NOT_IN_FORCE}. A date from a {@link SourceGrade#SECONDARY} rule says it
   * is provisional.
   */
  public ComputedDeadline compute(RuleSpec rule, InForce inForce, CaseFacts facts) {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(facts, "facts");
    InForce when = inForce == null ? InForce.ALWAYS : inForce;
    LocalDate triggerDate = earliestTrigger(rule, facts);
    if (triggerDate != null && !when.covers(triggerDate)) {
      return new ComputedDeadline(
          rule.label(),
          rule.citation(),
          rule.grade(),
          ComputedDeadline.Status.NOT_IN_FORCE,
          null,
          null,
          null,
          null,
          "Not in force on "
              + triggerDate
              + ": this rule of "
              + rule.citation()
              + " applies "
              + when.describe(),
          List.of(),
          List.of());
    }
    ComputedDeadline result = evaluate(rule, facts);
    if (!result.provisional()) {
      return result;
    }
    return new ComputedDeadline(
        result.label(),
        result.citation(),
        result.grade(),
        result.status(),
        result.dueDate(),
        result.dueAt(),
        result.windowStartDate(),
        result.windowStartAt(),
        result.explanation() + "; " + PROVISIONAL,
        result.missingFacts(),
        result.warnings());
  }

  private static LocalDate earliestTrigger(RuleSpec rule, CaseFacts facts) {
    if (rule instanceof RuleSpec.Period period) {
      return facts.dateOf(period.trigger());
    }
    if (rule instanceof RuleSpec.Combination combination) {
      LocalDate a = earliestTrigger(combination.first(), facts);
      LocalDate b = earliestTrigger(combination.second(), facts);
      return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
    Trigger trigger = ((RuleSpec.Unconfirmed) rule).trigger();
    return trigger == null ? null : facts.dateOf(trigger);
  }

  private ComputedDeadline evaluate(RuleSpec rule, CaseFacts facts) {
    if (rule instanceof RuleSpec.Period period) {
      return period(period, facts);
    }
    if (rule instanceof RuleSpec.Combination combination) {
      return combination(combination, facts);
    }
    return unconfirmed((RuleSpec.Unconfirmed) rule);
  }

  /** Applies each rule to the case, in order. */
  public List<ComputedDeadline> computeAll(List<? extends RuleSpec> rules, CaseFacts facts) {
    var results = new ArrayList<ComputedDeadline>(rules.size());
    for (RuleSpec rule : rules) {
      results.add(compute(rule, facts));
    }
    return results;
  }

  private ComputedDeadline period(RuleSpec.Period rule, CaseFacts facts) {
    Trigger trigger = rule.trigger();
    String length = length(rule);
    if (!rule.grade().computesDate()) {
      return new ComputedDeadline(
          rule.label(),
          rule.citation(),
          SourceGrade.UNCONFIRMED,
          ComputedDeadline.Status.PERIOD_UNKNOWN,
          null,
          null,
          null,
          null,
          "No date: "
              + length
              + " after "
              + trigger.event()
              + " is not confirmed by any source, or its commencement is unknown ("
              + rule.citation()
              + "); verify the period before relying on any date",
          List.of(),
          List.of());
    }
    LocalDate triggerDate = facts.dateOf(trigger);
    if (triggerDate == null) {
      return new ComputedDeadline(
          rule.label(),
          rule.citation(),
          rule.grade(),
          ComputedDeadline.Status.MISSING_FACT,
          null,
          null,
          null,
          null,
          length
              + " after "
              + trigger.event()
              + ": "
              + trigger.factDescription()
              + " is not recorded",
          List.of(trigger.factName()),
          List.of());
    }
    if (rule.unit() == OffsetUnit.HOURS) {
      return hours(rule, facts, length, triggerDate);
    }
    return days(rule, facts, length, triggerDate);
  }

  private ComputedDeadline hours(
      RuleSpec.Period rule, CaseFacts facts, String length, LocalDate triggerDate) {
    ZoneId zone = facts.zone();
    Instant start = facts.instantOf(rule.trigger());
    String from;
    if (start != null) {
      from = rule.trigger().event() + " at " + moment(start);
    } else {
      start = triggerDate.atStartOfDay(zone).toInstant();
      String on =
          " on " + triggerDate + " (counted from 00:00 in " + zone + ", " + moment(start) + ")";
      from =
          rule.trigger().event()
              + (rule.trigger() == Trigger.VICTIM_TURNS_18 ? IdentityText.part(on, "") : on);
    }
    Instant due = start.plusSeconds(3600L * rule.amount());
    Instant windowStart =
        rule.window() == null ? null : start.plusSeconds(3600L * rule.window().earliest());
    LocalDateTime localDue = LocalDateTime.ofInstant(due, zone);
    String explanation =
        length
            + " after "
            + from
            + " = "
            + (windowStart == null ? "" : moment(windowStart) + " to ")
            + moment(due)
            + " ("
            + HOUR_MINUTE.format(localDue)
            + " on "
            + localDue.toLocalDate()
            + " in "
            + zone
            + ")";
    return new ComputedDeadline(
        rule.label(),
        rule.citation(),
        rule.grade(),
        ComputedDeadline.Status.COMPUTED,
        null,
        due,
        null,
        windowStart,
        explanation,
        List.of(),
        List.of());
  }

  private ComputedDeadline days(
      RuleSpec.Period rule, CaseFacts facts, String length, LocalDate triggerDate) {
    Trigger trigger = rule.trigger();
    Instant moment = facts.instantOf(trigger);
    var text = new StringBuilder(160).append(length).append(" after ").append(trigger.event());
    if (moment != null) {
      text.append(" at ")
          .append(moment(moment))
          .append(" (")
          .append(triggerDate)
          .append(" in ")
          .append(facts.zone())
          .append(')');
    } else if (trigger == Trigger.VICTIM_TURNS_18) {
      text.append(IdentityText.part(" on " + triggerDate, ""));
    } else {
      text.append(" on ").append(triggerDate);
    }

    LocalDate runsFrom = triggerDate;
    List<String> warnings = List.of();
    if (rule.tolledDuringMinority()) {
      LocalDate born = facts.dateOfBirth();
      if (born == null) {
        warnings = List.of(DATE_OF_BIRTH_UNKNOWN);
      } else {
        LocalDate adult = born.plusYears(18);
        if (triggerDate.isBefore(adult)) {
          runsFrom = adult;
          text.append("; ")
              .append(
                  IdentityText.part(
                      "minority tolling applies: the client turns 18 on "
                          + adult
                          + " and the period runs from that day",
                      "minority tolling applies"));
        }
      }
    }

    LocalDate due;
    LocalDate windowStart = null;
    int earliest = rule.window() == null ? -1 : rule.window().earliest();
    switch (rule.unit()) {
      case BUSINESS_DAYS -> {
        LocalDate day = runsFrom;
        List<LocalDate> holidays = null;
        if (earliest == 0) {
          windowStart = runsFrom;
        }
        BusinessCalendar calendar = facts.calendar();
        for (int counted = 0; counted < rule.amount(); ) {
          day = day.plusDays(1);
          if (calendar.isBusinessDay(day)) {
            counted++;
            if (counted == earliest) {
              windowStart = day;
            }
          } else if (!isWeekend(day)) {
            if (holidays == null) {
              holidays = new ArrayList<>(4);
            }
            holidays.add(day);
          }
        }
        due = day;
        text.append(", not counting ").append(calendar.describe());
        if (holidays != null) {
          text.append(holidays.size() == 1 ? " (holiday skipped: " : " (holidays skipped: ");
          for (int i = 0; i < holidays.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(holidays.get(i));
          }
          text.append(')');
        }
      }
      case CALENDAR_DAYS -> {
        due = runsFrom.plusDays(rule.amount());
        windowStart = earliest < 0 ? null : runsFrom.plusDays(earliest);
      }
      case MONTHS -> {
        due = runsFrom.plusMonths(rule.amount());
        windowStart = earliest < 0 ? null : runsFrom.plusMonths(earliest);
      }
      case YEARS -> {
        due = runsFrom.plusYears(rule.amount());
        windowStart = earliest < 0 ? null : runsFrom.plusYears(earliest);
      }
      default -> throw new IllegalStateException("not a day unit: " + rule.unit());
    }

    text.append(" = ");
    if (windowStart != null) {
      text.append(windowStart).append(" to ");
    }
    text.append(due);
    if (due.getDayOfMonth() < runsFrom.getDayOfMonth()
        && (rule.unit() == OffsetUnit.MONTHS || rule.unit() == OffsetUnit.YEARS)) {
      text.append(" (")
          .append(MONTH_NAMES[due.getMonthValue() - 1])
          .append(' ')
          .append(due.getYear())
          .append(" has no day ")
          .append(runsFrom.getDayOfMonth())
          .append(", so its last day)");
    }
    if (!warnings.isEmpty()) {
      text.append("; ").append(DATE_OF_BIRTH_UNKNOWN);
    }
    return new ComputedDeadline(
        rule.label(),
        rule.citation(),
        rule.grade(),
        ComputedDeadline.Status.COMPUTED,
        due,
        null,
        windowStart,
        null,
        text.toString(),
        List.of(),
        warnings);
  }

  private ComputedDeadline combination(RuleSpec.Combination rule, CaseFacts facts) {
    ComputedDeadline first = evaluate(rule.first(), facts);
    ComputedDeadline second = evaluate(rule.second(), facts);
    SourceGrade grade =
        SourceGrade.weakest(rule.grade(), SourceGrade.weakest(first.grade(), second.grade()));
    List<String> warnings = union(first.warnings(), second.warnings());
    String words = rule.combinator().words();
    String parts = first.explanation() + "; " + second.explanation() + "; ";

    if (first.status() == ComputedDeadline.Status.PERIOD_UNKNOWN
        || second.status() == ComputedDeadline.Status.PERIOD_UNKNOWN) {
      return new ComputedDeadline(
          rule.label(),
          rule.citation(),
          grade,
          ComputedDeadline.Status.PERIOD_UNKNOWN,
          null,
          null,
          null,
          null,
          parts + words + " cannot be known while a period is unconfirmed",
          union(first.missingFacts(), second.missingFacts()),
          warnings);
    }
    if (!first.isComputed() || !second.isComputed()) {
      List<String> missing = union(first.missingFacts(), second.missingFacts());
      return new ComputedDeadline(
          rule.label(),
          rule.citation(),
          grade,
          ComputedDeadline.Status.MISSING_FACT,
          null,
          null,
          null,
          null,
          parts
              + words
              + " cannot be known until the missing "
              + (missing.size() == 1 ? "fact is" : "facts are")
              + " recorded",
          missing,
          warnings);
    }

    int order = compareDue(first, second, facts.zone());
    boolean firstApplies = rule.combinator() == Combinator.LATER_OF ? order >= 0 : order <= 0;
    ComputedDeadline applies = firstApplies ? first : second;
    String due = applies.dueDate() != null ? applies.dueDate().toString() : moment(applies.dueAt());
    return new ComputedDeadline(
        rule.label(),
        rule.citation(),
        grade,
        ComputedDeadline.Status.COMPUTED,
        applies.dueDate(),
        applies.dueAt(),
        applies.windowStartDate(),
        applies.windowStartAt(),
        parts + words + " applies: " + due,
        List.of(),
        warnings);
  }

  private ComputedDeadline unconfirmed(RuleSpec.Unconfirmed rule) {
    String explanation =
        "No date: no source found confirms how long this limit is ("
            + rule.citation()
            + ")"
            + (rule.trigger() == null ? "" : "; it would run from " + rule.trigger().event())
            + "; verify the period before relying on any date";
    return new ComputedDeadline(
        rule.label(),
        rule.citation(),
        SourceGrade.UNCONFIRMED,
        ComputedDeadline.Status.PERIOD_UNKNOWN,
        null,
        null,
        null,
        null,
        explanation,
        List.of(),
        List.of());
  }

  private static String length(RuleSpec.Period rule) {
    if (rule.window() == null) {
      return rule.unit().describe(rule.amount());
    }
    return rule.window().earliest() + " to " + rule.unit().describe(rule.window().latest());
  }

  private static int compareDue(ComputedDeadline a, ComputedDeadline b, ZoneId zone) {
    if (a.dueDate() != null && b.dueDate() != null) {
      return a.dueDate().compareTo(b.dueDate());
    }
    return endOf(a, zone).compareTo(endOf(b, zone));
  }

  /** A moment as explanations say it, to the minute: "2026-03-07 10:00 UTC". */
  public static String moment(Instant at) {
    return UTC_MINUTE.format(at);
  }

  /** The last moment of a deadline: the moment itself, or the end of its day in the zone. */
  private static Instant endOf(ComputedDeadline deadline, ZoneId zone) {
    return deadline.dueAt() != null
        ? deadline.dueAt()
        : deadline.dueDate().plusDays(1).atStartOfDay(zone).toInstant();
  }

  private static boolean isWeekend(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
  }

  private static List<String> union(List<String> a, List<String> b) {
    if (b.isEmpty()) {
      return a;
    }
    if (a.isEmpty()) {
      return b;
    }
    var both = new LinkedHashSet<String>(a);
    both.addAll(b);
    return List.copyOf(both);
  }
}
