package org.recourse.deadline;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recourse.law.BusinessCalendar;
import org.recourse.law.BusinessCalendars;
import org.recourse.law.InvalidRuleException;
import org.recourse.law.OffsetUnit;
import org.recourse.law.RuleDraft;
import org.recourse.law.RuleSpec;
import org.recourse.law.SourceGrade;
import org.recourse.law.Trigger;
import org.recourse.shared.IdentityText;

class DeadlineCalculatorTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final RuleSpec.Period TAKE_IT_DOWN =
      RuleSpec.period(
          "Platform removal under the TAKE IT DOWN Act",
          "47 U.S.C. § 223a",
          SourceGrade.PRIMARY,
          Trigger.REMOVAL_REQUEST_SENT,
          48,
          OffsetUnit.HOURS);

  private static final RuleSpec.Period ESAFETY =
      RuleSpec.period(
          "eSafety removal notice",
          "Online Safety Act 2021 (Cth) ss.77–78",
          SourceGrade.PRIMARY,
          Trigger.REMOVAL_REQUEST_SENT,
          24,
          OffsetUnit.HOURS);

  private static final RuleSpec.Period DMCA_RESTORE =
      RuleSpec.window(
          "Host may restore after a counter-notice",
          "17 U.S.C. § 512(g)(2)(C)",
          SourceGrade.PRIMARY,
          Trigger.COUNTER_NOTICE_RECEIVED,
          10,
          14,
          OffsetUnit.BUSINESS_DAYS);

  private static final RuleSpec NEW_YORK_ACTION =
      RuleSpec.laterOf(
          "Civil action for unlawful dissemination",
          "N.Y. Civ. Rights Law § 52-b",
          SourceGrade.PRIMARY,
          RuleSpec.period(
              "1 year after discovery",
              "N.Y. Civ. Rights Law § 52-b",
              SourceGrade.PRIMARY,
              Trigger.DISCOVERY,
              1,
              OffsetUnit.YEARS),
          RuleSpec.period(
              "3 years after dissemination",
              "N.Y. Civ. Rights Law § 52-b",
              SourceGrade.PRIMARY,
              Trigger.DISSEMINATION,
              3,
              OffsetUnit.YEARS));

  private static final RuleSpec.Period ILLINOIS_ACTION =
      RuleSpec.period(
              "Civil action for nonconsensual dissemination",
              "740 ILCS 190/30",
              SourceGrade.PRIMARY,
              Trigger.DISCOVERY,
              2,
              OffsetUnit.YEARS)
          .withTollingDuringMinority();

  private static final RuleSpec.Period ENGLAND_PROSECUTION =
      RuleSpec.period(
          "Prosecution of the base offence (summary only)",
          "Sexual Offences Act 2003 s.66B",
          SourceGrade.PRIMARY,
          Trigger.INCIDENT,
          6,
          OffsetUnit.MONTHS);

  private static final RuleSpec.Unconfirmed FEDERAL_CIVIL_ACTION =
      RuleSpec.unconfirmed(
          "Federal civil action for disclosure of intimate images",
          "15 U.S.C. § 6851",
          Trigger.DISSEMINATION);

  private final DeadlineCalculator calculator = new DeadlineCalculator();

  private static CaseFacts.Builder us() {
    return CaseFacts.in(NEW_YORK, BusinessCalendars.forJurisdiction("US"));
  }

  private static CaseFacts.Builder newYork() {
    return CaseFacts.in(NEW_YORK, BusinessCalendars.forJurisdiction("US-NY"));
  }

  private static CaseFacts.Builder illinois() {
    return CaseFacts.in(CHICAGO, BusinessCalendars.forJurisdiction("US-IL"));
  }

  @Test
  void takeItDownRemovalIs48HoursAfterTheRequestAcrossDaylightSavingChange() {
    // New York clocks go forward on Sunday 2026-03-08. The request at 10:00Z is 05:00 EST on the
    // 7th; 48 elapsed hours later is 10:00Z on the 9th, which is 06:00 EDT, not 05:00. (The
    // platforms' duty itself applies from 2026-05-19; this date is chosen for the clock change.)
    CaseFacts facts = us().removalRequestSent(Instant.parse("2026-03-07T10:00:00Z")).build();

    ComputedDeadline deadline = calculator.compute(TAKE_IT_DOWN, facts);

    assertAll(
        () -> assertEquals(ComputedDeadline.Status.COMPUTED, deadline.status()),
        () -> assertEquals(Instant.parse("2026-03-09T10:00:00Z"), deadline.dueAt()),
        () -> assertNull(deadline.dueDate()),
        () ->
            assertEquals(
                "48 hours after the removal request was sent at 2026-03-07 10:00 UTC"
                    + " = 2026-03-09 10:00 UTC (06:00 on 2026-03-09 in America/New_York)",
                deadline.explanation()));
  }

  @Test
  void aMomentInAnExplanationReadsToTheMinuteNotAsAnIsoInstant() {
    CaseFacts facts =
        us().removalRequestSent(Instant.parse("2026-12-07T08:51:18.513127558Z")).build();

    ComputedDeadline deadline = calculator.compute(TAKE_IT_DOWN, facts);

    assertEquals(Instant.parse("2026-12-09T08:51:18.513127558Z"), deadline.dueAt());
    assertEquals(
        "48 hours after the removal request was sent at 2026-12-07 08:51 UTC"
            + " = 2026-12-09 08:51 UTC (03:51 on 2026-12-09 in America/New_York)",
        deadline.explanation());
  }

  @Test
  void eSafetyNoticeIs24Hours() {
    // Sydney's clocks go back at 03:00 on Sunday 2026-04-05; 24 elapsed hours still end 24 hours
    // later, at the same UTC time, which is an hour earlier on the local clock.
    CaseFacts facts =
        CaseFacts.in(SYDNEY, BusinessCalendars.forJurisdiction("AU"))
            .removalRequestSent(Instant.parse("2026-04-04T03:30:00Z"))
            .build();

    ComputedDeadline deadline = calculator.compute(ESAFETY, facts);

    assertEquals(Instant.parse("2026-04-05T03:30:00Z"), deadline.dueAt());
    assertTrue(
        deadline.explanation().endsWith("(13:30 on 2026-04-05 in Australia/Sydney)"),
        deadline.explanation());
  }

  @Test
  void hoursFromADateStartAtTheBeginningOfThatDayInTheJurisdiction() {
    // 2026-06-01 starts at 00:00 AEST (UTC+10), which is 2026-05-31T14:00Z.
    RuleSpec rule =
        RuleSpec.period(
            "eSafety removal notice",
            "Online Safety Act 2021 (Cth) ss.77–78",
            SourceGrade.PRIMARY,
            Trigger.MANUAL,
            24,
            OffsetUnit.HOURS);
    CaseFacts facts =
        CaseFacts.in(SYDNEY, BusinessCalendars.forJurisdiction("AU"))
            .manualDate(LocalDate.parse("2026-06-01"))
            .build();

    ComputedDeadline deadline = calculator.compute(rule, facts);

    assertEquals(Instant.parse("2026-06-01T14:00:00Z"), deadline.dueAt());
    assertTrue(
        deadline
            .explanation()
            .contains(
                "on 2026-06-01 (counted from 00:00 in Australia/Sydney, 2026-05-31 14:00 UTC)"),
        deadline.explanation());
  }

  @Test
  void dmcaRestoreWindowSkipsThanksgiving() {
    // Received 21:30 EST on Wednesday 2026-11-25 (already Thursday in UTC): day 0 is the 25th.
    // Thu 26 Thanksgiving (federal holiday, skipped); Fri 27 = 1 (the day after Thanksgiving is
    // not a federal holiday); Sat/Sun skipped; Mon 30 = 2, Tue 12-01 = 3, Wed 02 = 4, Thu 03 = 5,
    // Fri 04 = 6; Mon 07 = 7, Tue 08 = 8, Wed 09 = 9, Thu 10 = 10, Fri 11 = 11; Mon 14 = 12,
    // Tue 15 = 13, Wed 16 = 14. Window: 2026-12-10 to 2026-12-16.
    CaseFacts facts = us().counterNoticeReceived(Instant.parse("2026-11-26T02:30:00Z")).build();

    ComputedDeadline deadline = calculator.compute(DMCA_RESTORE, facts);

    assertAll(
        () -> assertEquals(LocalDate.parse("2026-12-10"), deadline.windowStartDate()),
        () -> assertEquals(LocalDate.parse("2026-12-16"), deadline.windowEndDate()),
        () -> assertEquals(LocalDate.parse("2026-12-16"), deadline.dueDate()),
        () -> assertNull(deadline.dueAt()),
        () ->
            assertEquals(
                "10 to 14 business days after the counter-notice was received at"
                    + " 2026-11-26 02:30 UTC (2026-11-25 in America/New_York), not counting"
                    + " weekends and public holidays of US (holiday skipped: 2026-11-26)"
                    + " = 2026-12-10 to 2026-12-16",
                deadline.explanation()));
  }

  @Test
  void newYorkTakesTheLaterOfThreeYearsFromDisseminationAndOneYearFromDiscovery() {
    CaseFacts lateDiscovery =
        newYork()
            .disseminationDate(LocalDate.parse("2024-03-01"))
            .discoveryDate(LocalDate.parse("2026-10-01"))
            .build();
    CaseFacts earlyDiscovery =
        newYork()
            .disseminationDate(LocalDate.parse("2024-03-01"))
            .discoveryDate(LocalDate.parse("2024-04-15"))
            .build();

    ComputedDeadline discoveryWins = calculator.compute(NEW_YORK_ACTION, lateDiscovery);
    ComputedDeadline disseminationWins = calculator.compute(NEW_YORK_ACTION, earlyDiscovery);

    assertEquals(LocalDate.parse("2027-10-01"), discoveryWins.dueDate());
    assertEquals(LocalDate.parse("2027-03-01"), disseminationWins.dueDate());
    assertEquals(
        "1 year after discovery on 2024-04-15 = 2025-04-15;"
            + " 3 years after dissemination on 2024-03-01 = 2027-03-01;"
            + " the later applies: 2027-03-01",
        disseminationWins.explanation());
    assertEquals("N.Y. Civ. Rights Law § 52-b", discoveryWins.citation());
    assertTrue(discoveryWins.verified());
  }

  @Test
  void earlierOfTakesTheFirstDeadlineToArrive() {
    RuleSpec rule =
        RuleSpec.earlierOf(
            "Earlier of two limits",
            "N.Y. Civ. Rights Law § 52-b",
            SourceGrade.PRIMARY,
            RuleSpec.period(
                "a",
                "N.Y. Civ. Rights Law § 52-b",
                SourceGrade.PRIMARY,
                Trigger.DISCOVERY,
                1,
                OffsetUnit.YEARS),
            RuleSpec.period(
                "b",
                "N.Y. Civ. Rights Law § 52-b",
                SourceGrade.PRIMARY,
                Trigger.DISSEMINATION,
                3,
                OffsetUnit.YEARS));
    CaseFacts facts =
        newYork()
            .disseminationDate(LocalDate.parse("2024-03-01"))
            .discoveryDate(LocalDate.parse("2026-10-01"))
            .build();

    ComputedDeadline deadline = calculator.compute(rule, facts);

    assertEquals(LocalDate.parse("2027-03-01"), deadline.dueDate());
    assertTrue(deadline.explanation().endsWith("; the earlier applies: 2027-03-01"));
  }

  @Test
  void aDeadlineInHoursAndOneInDaysCompareAtTheEndOfTheDay() {
    // The day deadline 2026-03-09 lasts until 00:00 EDT on the 10th (04:00Z), after 10:00Z on
    // the 9th, so it is the later.
    RuleSpec rule =
        RuleSpec.laterOf(
            "Mixed",
            "47 U.S.C. § 223a",
            SourceGrade.PRIMARY,
            TAKE_IT_DOWN,
            RuleSpec.period(
                "Two days",
                "47 U.S.C. § 223a",
                SourceGrade.PRIMARY,
                Trigger.MANUAL,
                2,
                OffsetUnit.CALENDAR_DAYS));
    CaseFacts facts =
        us().removalRequestSent(Instant.parse("2026-03-07T10:00:00Z"))
            .manualDate(LocalDate.parse("2026-03-07"))
            .build();

    ComputedDeadline deadline = calculator.compute(rule, facts);

    assertEquals(LocalDate.parse("2026-03-09"), deadline.dueDate());
    assertNull(deadline.dueAt());
  }

  @Test
  void illinoisPeriodDoesNotRunWhileTheVictimIsAMinor() {
    // Born 2008-06-15, so 15 at discovery on 2024-02-10; 18 on 2026-06-15; two years later is
    // 2028-06-15. An adult's two years run from discovery itself.
    CaseFacts minor =
        illinois()
            .dateOfBirth(LocalDate.parse("2008-06-15"))
            .discoveryDate(LocalDate.parse("2024-02-10"))
            .build();
    CaseFacts adult =
        illinois()
            .dateOfBirth(LocalDate.parse("2000-01-01"))
            .discoveryDate(LocalDate.parse("2024-02-10"))
            .build();
    CaseFacts discoveredOnTheBirthday =
        illinois()
            .dateOfBirth(LocalDate.parse("2006-02-10"))
            .discoveryDate(LocalDate.parse("2024-02-10"))
            .build();

    ComputedDeadline tolled = calculator.compute(ILLINOIS_ACTION, minor);

    assertEquals(LocalDate.parse("2028-06-15"), tolled.dueDate());
    assertEquals(
        "2 years after discovery on 2024-02-10; minority tolling applies: the client turns 18 on"
            + " 2026-06-15 and the period runs from that day = 2028-06-15",
        IdentityText.forTeam(tolled.explanation()));
    assertEquals(
        "2 years after discovery on 2024-02-10; minority tolling applies = 2028-06-15",
        IdentityText.withheld(tolled.explanation()));
    assertEquals(
        LocalDate.parse("2026-02-10"), calculator.compute(ILLINOIS_ACTION, adult).dueDate());
    assertEquals(
        LocalDate.parse("2026-02-10"),
        calculator.compute(ILLINOIS_ACTION, discoveredOnTheBirthday).dueDate());
  }

  @Test
  void explanationOfAPeriodFromThe18thBirthdayNamesTheDayOnlyForTheTeam() {
    RuleSpec atEighteen =
        RuleSpec.period(
            "Two years after turning 18",
            "740 ILCS 190/30",
            SourceGrade.PRIMARY,
            Trigger.VICTIM_TURNS_18,
            2,
            OffsetUnit.YEARS);
    CaseFacts facts = illinois().dateOfBirth(LocalDate.parse("2010-05-15")).build();

    ComputedDeadline deadline = calculator.compute(atEighteen, facts);

    assertEquals(LocalDate.parse("2030-05-15"), deadline.dueDate());
    assertEquals(
        "2 years after the victim's 18th birthday on 2028-05-15 = 2030-05-15",
        IdentityText.forTeam(deadline.explanation()));
    assertEquals(
        "2 years after the victim's 18th birthday = 2030-05-15",
        IdentityText.withheld(deadline.explanation()));
  }

  @Test
  void unknownDateOfBirthCountsWithoutTollingAndSaysSo() {
    CaseFacts facts = illinois().discoveryDate(LocalDate.parse("2024-02-10")).build();

    ComputedDeadline deadline = calculator.compute(ILLINOIS_ACTION, facts);

    assertEquals(ComputedDeadline.Status.COMPUTED, deadline.status());
    assertEquals(LocalDate.parse("2026-02-10"), deadline.dueDate());
    assertEquals(
        List.of("date of birth unknown: tolling during minority not applied; verify"),
        deadline.warnings());
    assertTrue(deadline.explanation().endsWith("= 2026-02-10; " + deadline.warnings().get(0)));
  }

  @Test
  void leapDayPlusOneYearIsFebruary28() {
    CaseFacts facts =
        newYork()
            .disseminationDate(LocalDate.parse("2024-02-29"))
            .discoveryDate(LocalDate.parse("2024-02-29"))
            .build();

    ComputedDeadline deadline = calculator.compute(NEW_YORK_ACTION, facts);
    ComputedDeadline oneYear =
        calculator.compute(((RuleSpec.Combination) NEW_YORK_ACTION).first(), facts);

    assertEquals(LocalDate.parse("2025-02-28"), oneYear.dueDate());
    assertEquals(
        "1 year after discovery on 2024-02-29 = 2025-02-28 (February 2025 has no day 29, so its"
            + " last day)",
        oneYear.explanation());
    assertEquals(LocalDate.parse("2027-02-28"), deadline.dueDate());
  }

  @Test
  void missingFactIsNamedNotGuessed() {
    CaseFacts noDiscovery = newYork().disseminationDate(LocalDate.parse("2024-03-01")).build();
    RuleSpec atEighteen =
        RuleSpec.period(
            "Two years after turning 18",
            "740 ILCS 190/30",
            SourceGrade.PRIMARY,
            Trigger.VICTIM_TURNS_18,
            2,
            OffsetUnit.YEARS);

    ComputedDeadline newYorkAction = calculator.compute(NEW_YORK_ACTION, noDiscovery);
    ComputedDeadline takeItDown = calculator.compute(TAKE_IT_DOWN, noDiscovery);
    ComputedDeadline eighteen = calculator.compute(atEighteen, noDiscovery);

    assertAll(
        () -> assertEquals(ComputedDeadline.Status.MISSING_FACT, newYorkAction.status()),
        () -> assertEquals(List.of("discoveryDate"), newYorkAction.missingFacts()),
        () -> assertNull(newYorkAction.dueDate()),
        () -> assertNull(newYorkAction.dueAt()),
        () ->
            assertEquals(
                "1 year after discovery: the discovery date is not recorded;"
                    + " 3 years after dissemination on 2024-03-01 = 2027-03-01;"
                    + " the later cannot be known until the missing fact is recorded",
                newYorkAction.explanation()),
        () -> assertEquals(List.of("removalRequestSent"), takeItDown.missingFacts()),
        () -> assertEquals(List.of("dateOfBirth"), eighteen.missingFacts()),
        () ->
            assertEquals(
                "2 years after the victim's 18th birthday: the victim's date of birth is not"
                    + " recorded",
                eighteen.explanation()));
  }

  @Test
  void unconfirmedPeriodIsNeverADate() {
    CaseFacts facts =
        us().disseminationDate(LocalDate.parse("2024-03-01"))
            .discoveryDate(LocalDate.parse("2024-03-01"))
            .build();
    RuleSpec fromDraft =
        new RuleDraft(
                "Cal. Civ. Code § 1708.85 action",
                "Cal. Civ. Code § 1708.85",
                SourceGrade.UNCONFIRMED,
                null,
                null,
                null,
                Trigger.DISCOVERY,
                null,
                null,
                null,
                null,
                false)
            .toSpec();
    RuleSpec laterOfKnownAndUnknown =
        RuleSpec.laterOf(
            "Later of",
            "15 U.S.C. § 6851",
            SourceGrade.PRIMARY,
            RuleSpec.period(
                "3 years",
                "15 U.S.C. § 6851",
                SourceGrade.PRIMARY,
                Trigger.DISSEMINATION,
                3,
                OffsetUnit.YEARS),
            FEDERAL_CIVIL_ACTION);

    for (RuleSpec rule : List.of(FEDERAL_CIVIL_ACTION, fromDraft, laterOfKnownAndUnknown)) {
      ComputedDeadline deadline = calculator.compute(rule, facts);
      assertAll(
          rule.label(),
          () -> assertEquals(ComputedDeadline.Status.PERIOD_UNKNOWN, deadline.status()),
          () -> assertNull(deadline.dueDate()),
          () -> assertNull(deadline.dueAt()),
          () -> assertNull(deadline.windowStartDate()),
          () -> assertFalse(deadline.verified()));
    }
    assertEquals(
        "No date: no source found confirms how long this limit is (15 U.S.C. § 6851); it would"
            + " run from dissemination; verify the period before relying on any date",
        calculator.compute(FEDERAL_CIVIL_ACTION, facts).explanation());
  }

  @Test
  void invalidRulesAreRefusedNamingTheField() {
    InvalidRuleException negative =
        assertThrows(
            InvalidRuleException.class,
            () ->
                RuleSpec.period(
                    "Negative",
                    "17 U.S.C. § 512",
                    SourceGrade.PRIMARY,
                    Trigger.DISCOVERY,
                    -1,
                    OffsetUnit.YEARS));
    InvalidRuleException backwards =
        assertThrows(
            InvalidRuleException.class,
            () ->
                RuleSpec.window(
                    "Backwards",
                    "17 U.S.C. § 512(g)(2)(C)",
                    SourceGrade.PRIMARY,
                    Trigger.COUNTER_NOTICE_RECEIVED,
                    14,
                    10,
                    OffsetUnit.BUSINESS_DAYS));

    assertEquals("must not be negative", negative.fieldErrors().get("amount"));
    assertEquals(
        "must not be before the window's start (14)", backwards.fieldErrors().get("windowEnd"));
  }

  @Test
  void explanationCanBeCheckedByAPerson() {
    CaseFacts facts =
        newYork()
            .disseminationDate(LocalDate.parse("2024-03-01"))
            .discoveryDate(LocalDate.parse("2026-10-01"))
            .build();

    assertEquals(
        "1 year after discovery on 2026-10-01 = 2027-10-01;"
            + " 3 years after dissemination on 2024-03-01 = 2027-03-01;"
            + " the later applies: 2027-10-01",
        calculator.compute(NEW_YORK_ACTION, facts).explanation());
  }

  @Test
  void businessDaysSkipWeekends() {
    RuleSpec fiveDays =
        RuleSpec.period(
            "Five business days",
            "17 U.S.C. § 512(g)(2)(C)",
            SourceGrade.PRIMARY,
            Trigger.MANUAL,
            5,
            OffsetUnit.BUSINESS_DAYS);
    RuleSpec oneDay =
        RuleSpec.period(
            "One business day",
            "17 U.S.C. § 512(g)(2)(C)",
            SourceGrade.PRIMARY,
            Trigger.MANUAL,
            1,
            OffsetUnit.BUSINESS_DAYS);
    BusinessCalendar weekends = BusinessCalendars.weekendsOnly();

    // Friday 2026-01-09: Mon 12, Tue 13, Wed 14, Thu 15, Fri 16.
    ComputedDeadline fromFriday =
        calculator.compute(
            fiveDays,
            CaseFacts.in(NEW_YORK, weekends).manualDate(LocalDate.parse("2026-01-09")).build());
    // Saturday 2026-01-10: the first business day after it is Monday 12.
    ComputedDeadline fromSaturday =
        calculator.compute(
            oneDay,
            CaseFacts.in(NEW_YORK, weekends).manualDate(LocalDate.parse("2026-01-10")).build());

    assertEquals(LocalDate.parse("2026-01-16"), fromFriday.dueDate());
    assertEquals(LocalDate.parse("2026-01-12"), fromSaturday.dueDate());
    assertEquals(
        "5 business days after the chosen start date on 2026-01-09, not counting weekends"
            + " (holidays not known) = 2026-01-16",
        fromFriday.explanation());
  }

  @Test
  void ukPeriodUsesCalendarMonths() {
    CaseFacts endOfAugust =
        CaseFacts.in(LONDON, BusinessCalendars.forJurisdiction("GB"))
            .incidentDate(LocalDate.parse("2026-08-31"))
            .build();
    CaseFacts midJanuary =
        CaseFacts.in(LONDON, BusinessCalendars.forJurisdiction("GB"))
            .incidentDate(LocalDate.parse("2026-01-15"))
            .build();

    ComputedDeadline fromAugust = calculator.compute(ENGLAND_PROSECUTION, endOfAugust);

    assertEquals(LocalDate.parse("2027-02-28"), fromAugust.dueDate());
    assertEquals(
        "6 months after the incident on 2026-08-31 = 2027-02-28 (February 2027 has no day 31, so"
            + " its last day)",
        fromAugust.explanation());
    assertEquals(
        LocalDate.parse("2026-07-15"),
        calculator.compute(ENGLAND_PROSECUTION, midJanuary).dueDate());
  }

  @Test
  void combinedResultIsVerifiedOnlyIfEveryPartIs() {
    RuleSpec unverifiedPart =
        RuleSpec.laterOf(
            "Later of",
            "N.Y. Civ. Rights Law § 52-b",
            SourceGrade.PRIMARY,
            RuleSpec.period(
                "a",
                "N.Y. Civ. Rights Law § 52-b",
                SourceGrade.SECONDARY,
                Trigger.DISCOVERY,
                1,
                OffsetUnit.YEARS),
            RuleSpec.period(
                "b",
                "N.Y. Civ. Rights Law § 52-b",
                SourceGrade.PRIMARY,
                Trigger.DISSEMINATION,
                3,
                OffsetUnit.YEARS));
    CaseFacts facts =
        newYork()
            .disseminationDate(LocalDate.parse("2024-03-01"))
            .discoveryDate(LocalDate.parse("2026-10-01"))
            .build();

    assertFalse(calculator.compute(unverifiedPart, facts).verified());
  }

  @Test
  void computeAllKeepsTheOrderOfTheRules() {
    CaseFacts facts =
        newYork()
            .disseminationDate(LocalDate.parse("2024-03-01"))
            .discoveryDate(LocalDate.parse("2026-10-01"))
            .build();

    List<ComputedDeadline> all =
        calculator.computeAll(List.of(NEW_YORK_ACTION, TAKE_IT_DOWN, FEDERAL_CIVIL_ACTION), facts);

    assertEquals(
        List.of(
            ComputedDeadline.Status.COMPUTED,
            ComputedDeadline.Status.MISSING_FACT,
            ComputedDeadline.Status.PERIOD_UNKNOWN),
        all.stream().map(ComputedDeadline::status).toList());
  }
}
