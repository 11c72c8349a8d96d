package org.recourse.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recourse.law.LawService.StatuteView;

/** The law as case pages, deadline explanations and the comparison read it: grades in words. */
class LawServiceWordsTest {

  private static DeadlineRule rule(
      Trigger trigger, Integer amount, boolean tolled, LocalDate from, SourceGrade grade) {
    Statute statute = new Statute(new Jurisdiction("US-WA", "Washington", "US", "UTC", null));
    DeadlineRule rule = new DeadlineRule(statute);
    rule.correct(
        "Limitation",
        Severity.HIGH,
        trigger,
        amount,
        amount == null ? null : OffsetUnit.YEARS,
        null,
        null,
        tolled,
        grade);
    rule.inForce(from, null);
    return rule;
  }

  private static StatuteView statute(String citation, SourceGrade grade) {
    return new StatuteView(
        1,
        "US-WA",
        citation,
        "Synthetic act",
        StatuteKind.CIVIL_REMEDY,
        null,
        null,
        null,
        null,
        null,
        grade != null && grade.confirmed(),
        grade,
        List.of(),
        null,
        Set.of(),
        0,
        List.of());
  }

  @Test
  void aRulesGradeIsSaidInWordsNotAsItsCode() {
    String mirrored =
        LawService.describe(rule(Trigger.DISCOVERY, 4, true, null, SourceGrade.MIRROR));
    assertEquals(
        "4 years after discovery, from the 18th birthday for a minor"
            + " (statute text on an unofficial site)",
        mirrored);

    String official =
        LawService.describe(
            rule(Trigger.DISCOVERY, 2, false, LocalDate.of(2027, 1, 1), SourceGrade.PRIMARY));
    assertEquals("2 years after discovery, from 2027-01-01 (official text)", official);

    String summary =
        LawService.describe(rule(Trigger.DISCOVERY, 2, false, null, SourceGrade.SECONDARY));
    assertEquals("2 years after discovery (a summary, not the text)", summary);

    String unconfirmed =
        LawService.describe(rule(Trigger.DISCOVERY, null, false, null, SourceGrade.UNCONFIRMED));
    assertEquals(
        "period not confirmed (it would run after discovery) (no source states it)", unconfirmed);
  }

  @Test
  void aComparedStatuteIsCitedWithItsGradeInWords() {
    List<String> cited =
        LawService.cited(
            List.of(
                statute("RCW ch. 7.110", SourceGrade.PRIMARY),
                statute("RCW 9A.86.030", SourceGrade.MIRROR),
                statute("Synthetic Code § 1", null)));

    assertEquals(
        List.of(
            "RCW ch. 7.110 (official text)",
            "RCW 9A.86.030 (statute text on an unofficial site)",
            "Synthetic Code § 1 (no source states it)"),
        cited);
    for (String entry : cited) {
      for (SourceGrade grade : SourceGrade.values()) {
        assertFalse(entry.contains(grade.name()), entry);
      }
    }
  }
}
