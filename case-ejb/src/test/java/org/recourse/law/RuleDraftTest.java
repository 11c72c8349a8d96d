package org.recourse.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleDraftTest {

  private static final String DMCA = "17 U.S.C. § 512(g)(2)(C)";

  private static RuleDraft period(Trigger trigger, Integer amount, OffsetUnit unit) {
    return new RuleDraft(
        "Rule",
        DMCA,
        SourceGrade.PRIMARY,
        null,
        null,
        null,
        trigger,
        amount,
        unit,
        null,
        null,
        false);
  }

  private static RuleDraft window(Integer amount, Integer start, Integer end) {
    return new RuleDraft(
        "Restore window",
        DMCA,
        SourceGrade.PRIMARY,
        null,
        null,
        null,
        Trigger.COUNTER_NOTICE_RECEIVED,
        amount,
        OffsetUnit.BUSINESS_DAYS,
        start,
        end,
        false);
  }

  @Test
  void aGradedRowWithoutAPeriodIsRefusedSayingWhatTheGradesMean() {
    assertEquals(
        Map.of(
            "amount",
            "a rule graded PRIMARY (official text) must state its period; grade it UNCONFIRMED"
                + " (no source states it) if no source states one"),
        period(Trigger.DISCOVERY, null, OffsetUnit.YEARS).validate());
  }

  @Test
  void aValidRowBuildsItsRule() {
    RuleSpec rule = window(null, 10, 14).toSpec();

    RuleSpec.Period period = assertInstanceOf(RuleSpec.Period.class, rule);
    assertEquals(14, period.amount());
    assertEquals(new RuleSpec.Window(10, 14), period.window());
    assertTrue(window(14, 10, 14).validate().isEmpty());
  }

  @Test
  void negativeAmountAndBackwardsWindowNameTheirFields() {
    assertEquals(
        Map.of("amount", "must not be negative"),
        period(Trigger.DISCOVERY, -2, OffsetUnit.YEARS).validate());
    assertEquals(
        Map.of("windowEnd", "must not be before the window's start (14)"),
        window(null, 14, 10).validate());
    assertEquals(Map.of("windowStart", "must not be negative"), window(14, -1, 14).validate());
    assertTrue(window(13, 10, 14).validate().containsKey("amount"));
    assertTrue(window(null, 10, null).validate().containsKey("windowEnd"));
  }

  @Test
  void missingTriggerAndUnitAreNamed() {
    Map<String, String> errors = period(null, 2, null).validate();

    assertTrue(errors.containsKey("trigger"), errors.toString());
    assertTrue(errors.containsKey("unit"), errors.toString());
  }

  @Test
  void hoursCannotBeTolledDuringMinority() {
    RuleDraft draft =
        new RuleDraft(
            "Removal",
            "47 U.S.C. § 223a",
            SourceGrade.PRIMARY,
            null,
            null,
            null,
            Trigger.REMOVAL_REQUEST_SENT,
            48,
            OffsetUnit.HOURS,
            null,
            null,
            true);

    assertTrue(draft.validate().containsKey("unit"));
    InvalidRuleException refused = assertThrows(InvalidRuleException.class, draft::toSpec);
    assertTrue(refused.getMessage().startsWith("invalid rule: unit: "), refused.getMessage());
  }

  @Test
  void aWindowOnACombinatorIsRefused() {
    RuleDraft oneYear = period(Trigger.DISCOVERY, 1, OffsetUnit.YEARS);
    RuleDraft threeYears = period(Trigger.DISSEMINATION, 3, OffsetUnit.YEARS);
    RuleDraft withWindow =
        new RuleDraft(
            "Later of",
            "N.Y. Civ. Rights Law § 52-b",
            SourceGrade.PRIMARY,
            Combinator.LATER_OF,
            oneYear,
            threeYears,
            null,
            null,
            null,
            1,
            3,
            false);

    assertEquals(Set.of("combinator"), withWindow.validate().keySet());
    assertTrue(withWindow.validate().get("combinator").startsWith("a window belongs to"));
  }

  @Test
  void aCombinatorNeedsTwoValidParts() {
    RuleDraft oneYear = period(Trigger.DISCOVERY, 1, OffsetUnit.YEARS);
    RuleDraft negative = period(Trigger.DISSEMINATION, -3, OffsetUnit.YEARS);

    Map<String, String> halfMissing =
        new RuleDraft(
                "Later of",
                "N.Y. Civ. Rights Law § 52-b",
                SourceGrade.PRIMARY,
                Combinator.LATER_OF,
                oneYear,
                null,
                null,
                null,
                null,
                null,
                null,
                false)
            .validate();
    Map<String, String> badPart =
        new RuleDraft(
                "Later of",
                "N.Y. Civ. Rights Law § 52-b",
                SourceGrade.PRIMARY,
                Combinator.LATER_OF,
                oneYear,
                negative,
                null,
                null,
                null,
                null,
                null,
                false)
            .validate();

    assertEquals(Map.of("combinator", "LATER_OF needs two rules to compare"), halfMissing);
    assertEquals(Map.of("second.amount", "must not be negative"), badPart);
  }

  @Test
  void aVerifiedRuleMustStateItsPeriod() {
    RuleDraft verifiedWithoutNumber = period(Trigger.DISSEMINATION, null, null);

    assertTrue(verifiedWithoutNumber.validate().containsKey("amount"));
  }

  @Test
  void everyRuleCarriesALabelAndACitation() {
    InvalidRuleException refused =
        assertThrows(
            InvalidRuleException.class,
            () -> RuleSpec.unconfirmed(" ", null, Trigger.DISSEMINATION));

    assertEquals(2, refused.fieldErrors().size());
    assertTrue(refused.fieldErrors().containsKey("label"));
    assertTrue(refused.fieldErrors().containsKey("citation"));
  }

  @Test
  void anAmountBeyondTheSanityBoundIsRefused() {
    assertTrue(period(Trigger.DISCOVERY, 101, OffsetUnit.YEARS).validate().containsKey("amount"));
    assertTrue(period(Trigger.DISCOVERY, 100, OffsetUnit.YEARS).validate().isEmpty());
  }
}
