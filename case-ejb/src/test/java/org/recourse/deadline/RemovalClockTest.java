package org.recourse.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.recourse.casefile.CaseFile;
import org.recourse.law.DeadlineRule;
import org.recourse.law.Jurisdiction;
import org.recourse.law.OffsetUnit;
import org.recourse.law.Severity;
import org.recourse.law.SourceGrade;
import org.recourse.law.Statute;
import org.recourse.law.StatuteKind;
import org.recourse.law.Trigger;

/**
 * The clock a statute of the law library sets for a removal request, and the start date a team
 * chooses for a rule counting from one (trigger MANUAL).
 */
@ExtendWith(MockitoExtension.class)
class RemovalClockTest {

  private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
  private static final ZoneId DENVER = ZoneId.of("America/Denver");

  @Mock EntityManager em;
  @Mock Clock clock;
  @InjectMocks DeadlineEngine engine;

  @BeforeEach
  void now() {
    lenient().when(clock.instant()).thenReturn(NOW);
    lenient().when(clock.getZone()).thenReturn(java.time.ZoneOffset.UTC);
  }

  private static Statute statute(String code, String zone, LocalDate from, SourceGrade grade) {
    Statute statute = new Statute(new Jurisdiction(code, code, null, zone, null));
    statute.correct(
        "Utah Code § 13-72b-302",
        "Covered platform removal of counterfeit intimate images",
        StatuteKind.PLATFORM_DUTY,
        null,
        null,
        from,
        "https://le.utah.gov/example",
        LocalDate.of(2026, 12, 6),
        grade);
    return statute;
  }

  private static DeadlineRule rule(
      Statute statute, Trigger trigger, int amount, OffsetUnit unit, SourceGrade grade) {
    DeadlineRule rule = new DeadlineRule(statute);
    rule.correct(
        "Platform must remove the image",
        Severity.CRITICAL,
        trigger,
        amount,
        unit,
        null,
        null,
        false,
        grade);
    rule.inForce(statute.getEffectiveDate(), null);
    return rule;
  }

  /** Utah Code § 13-72b-302: 48 hours after the request, in force from 2027-01-01. */
  private static DeadlineRule utah(SourceGrade grade) {
    return rule(
        statute("US-UT", "America/Denver", LocalDate.of(2027, 1, 1), SourceGrade.MIRROR),
        Trigger.REMOVAL_REQUEST_SENT,
        48,
        OffsetUnit.HOURS,
        grade);
  }

  private static CaseDeadline applied(DeadlineRule rule, ComputedDeadline computed) {
    CaseDeadline deadline =
        CaseDeadline.forRemoval(
            new CaseFile("RC-2026-1", "Synthetic case", "alice", NOW),
            7,
            rule,
            rule.getLabel(),
            rule.getStatute().getCitation(),
            rule.getSeverity(),
            "alice",
            NOW);
    deadline.apply(computed, rule.getStatute().getGrade(), "https://le.utah.gov/example");
    return deadline;
  }

  @Test
  void utahsClockDoesNotApplyToARequestSentBeforeItsEffectiveDate() {
    Optional<ComputedDeadline> computed =
        RemovalRules.compute(utah(SourceGrade.MIRROR), Instant.parse("2026-12-30T15:00:00Z"), null);

    assertTrue(computed.isEmpty());
  }

  @Test
  void utahsClockRuns48HoursFromARequestSentAfterItsEffectiveDate() {
    DeadlineRule rule = utah(SourceGrade.MIRROR);
    Instant sent = Instant.parse("2027-01-02T15:00:00Z");

    ComputedDeadline computed = RemovalRules.compute(rule, sent, null).orElseThrow();
    CaseDeadline deadline = applied(rule, computed);

    assertEquals(Instant.parse("2027-01-04T15:00:00Z"), computed.dueAt());
    assertEquals(Instant.parse("2027-01-04T15:00:00Z"), RemovalRules.end(deadline, DENVER));
    assertTrue(RemovalRules.fromSending(rule));
    assertFalse(deadline.isProvisional());
    assertEquals(SourceGrade.MIRROR, deadline.getGrade());
    assertEquals("Source: Statute text on an unofficial site. ", deadline.sourceNote());
  }

  @Test
  void aClockOnlyASummaryStatesGivesAProvisionalTime() {
    DeadlineRule rule = utah(SourceGrade.SECONDARY);

    CaseDeadline deadline =
        applied(
            rule,
            RemovalRules.compute(rule, Instant.parse("2027-01-02T15:00:00Z"), null).orElseThrow());

    assertEquals(Instant.parse("2027-01-04T15:00:00Z"), deadline.getDueAt());
    assertTrue(deadline.isProvisional());
    assertEquals(SourceGrade.SECONDARY, deadline.getGrade());
    assertEquals(
        "Source: A summary, not the text; provisional - check before relying on it"
            + " (source: https://le.utah.gov/example). ",
        deadline.sourceNote());
  }

  @Test
  void anUnconfirmedClockGivesNoTime() {
    DeadlineRule rule = utah(SourceGrade.UNCONFIRMED);

    CaseDeadline deadline =
        applied(
            rule,
            RemovalRules.compute(rule, Instant.parse("2027-01-02T15:00:00Z"), null).orElseThrow());

    assertNull(deadline.getDueAt());
    assertNull(deadline.getDueDate());
    assertNull(RemovalRules.end(deadline, DENVER));
    assertEquals(ComputedDeadline.Status.PERIOD_UNKNOWN, deadline.getComputation());
  }

  @Test
  void aClockInDaysEndsAtTheEndOfItsDayInTheStatutesZone() {
    DeadlineRule rule =
        rule(
            statute("AU", "Australia/Sydney", null, SourceGrade.PRIMARY),
            Trigger.REMOVAL_REQUEST_SENT,
            2,
            OffsetUnit.CALENDAR_DAYS,
            SourceGrade.PRIMARY);

    CaseDeadline deadline =
        applied(
            rule,
            RemovalRules.compute(rule, Instant.parse("2026-12-01T01:00:00Z"), null).orElseThrow());

    assertEquals(LocalDate.of(2026, 12, 3), deadline.getDueDate());
    assertEquals(
        Instant.parse("2026-12-03T13:00:00Z"),
        RemovalRules.end(deadline, ZoneId.of("Australia/Sydney")));
  }

  @Test
  void aRuleCountingFromACounterNoticeWaitsForOneAndIsNotThePlatformsClock() {
    DeadlineRule restore =
        rule(
            statute("US", "America/New_York", null, SourceGrade.PRIMARY),
            Trigger.COUNTER_NOTICE_RECEIVED,
            14,
            OffsetUnit.BUSINESS_DAYS,
            SourceGrade.PRIMARY);

    assertTrue(
        RemovalRules.compute(restore, Instant.parse("2026-12-01T01:00:00Z"), null).isEmpty());
    assertFalse(RemovalRules.fromSending(restore));
  }

  @Test
  void aRuleCountingFromTheCasesOwnFactsSetsNoRemovalClock() {
    DeadlineRule civil =
        rule(
            statute("US-UT", "America/Denver", null, SourceGrade.PRIMARY),
            Trigger.DISCOVERY,
            3,
            OffsetUnit.YEARS,
            SourceGrade.PRIMARY);

    assertTrue(RemovalRules.compute(civil, NOW, null).isEmpty());
  }

  @Test
  void aChosenStartDateComputesAManualRulesDeadlineAndAChangeIsLogged() {
    DeadlineRule manual =
        rule(
            statute("US-UT", "America/Denver", null, SourceGrade.PRIMARY),
            Trigger.MANUAL,
            30,
            OffsetUnit.CALENDAR_DAYS,
            SourceGrade.PRIMARY);
    CaseDeadline deadline =
        CaseDeadline.fromRule(
            new CaseFile("RC-2026-2", "Synthetic case", "alice", NOW), manual, "alice", NOW);
    assertTrue(manual.countsFrom(Trigger.MANUAL));

    engine.startFrom(deadline, LocalDate.of(2026, 6, 1), null, "bob");

    assertEquals(LocalDate.of(2026, 6, 1), deadline.getStartDate());
    assertEquals(LocalDate.of(2026, 7, 1), deadline.getDueDate());
    assertEquals(ComputedDeadline.Status.COMPUTED, deadline.getComputation());
    verify(em, never()).persist(any(DeadlineChange.class));

    engine.startFrom(deadline, LocalDate.of(2026, 6, 10), null, "bob");

    assertEquals(LocalDate.of(2026, 7, 10), deadline.getDueDate());
    verify(em).persist(any(DeadlineChange.class));
  }

  @Test
  void aManualRuleWithoutAStartDateHasNoDate() {
    DeadlineRule manual =
        rule(
            statute("US-UT", "America/Denver", null, SourceGrade.PRIMARY),
            Trigger.MANUAL,
            30,
            OffsetUnit.CALENDAR_DAYS,
            SourceGrade.PRIMARY);
    CaseDeadline deadline =
        CaseDeadline.fromRule(
            new CaseFile("RC-2026-3", "Synthetic case", "alice", NOW), manual, "alice", NOW);

    engine.startFrom(deadline, null, null, "bob");

    assertNull(deadline.getDueDate());
    assertEquals(ComputedDeadline.Status.MISSING_FACT, deadline.getComputation());
  }
}
