package org.recourse.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

  private static final Instant CLOSED = Instant.parse("2026-01-31T15:00:00Z");

  @Test
  void purgeIsDueTheGivenNumberOfCalendarMonthsAfterClosing() {
    assertEquals(
        Instant.parse("2032-01-31T15:00:00Z"),
        new RetentionPolicy(RetentionPolicy.DEFAULT_MONTHS).purgeDue(CLOSED));
    assertEquals(
        Instant.parse("2026-02-28T15:00:00Z"),
        new RetentionPolicy(1).purgeDue(CLOSED),
        "the end of a shorter month");
  }

  @Test
  void defaultIsSixYears() {
    assertEquals(72, RetentionPolicy.DEFAULT_MONTHS);
  }

  @Test
  void retentionEndsAtTheDueMomentNotBefore() {
    RetentionPolicy policy = new RetentionPolicy(12);
    Instant due = policy.purgeDue(CLOSED);
    assertFalse(policy.hasEnded(CLOSED, due.minusSeconds(1)));
    assertTrue(policy.hasEnded(CLOSED, due));
    assertTrue(policy.hasEnded(CLOSED, due.plusSeconds(1)));
  }

  @Test
  void zeroMonthsMakesAClosedCaseDueAtOnce() {
    RetentionPolicy policy = new RetentionPolicy(0);
    assertTrue(policy.hasEnded(CLOSED, CLOSED));
    assertEquals(CLOSED, policy.purgeDue(CLOSED));
  }

  @Test
  void aCaseThatWasNeverClosedIsNeverDue() {
    assertFalse(new RetentionPolicy(0).hasEnded(null, CLOSED));
  }

  @Test
  void theCutoffAgreesWithTheDueDate() {
    RetentionPolicy policy = new RetentionPolicy(72);
    Instant now = Instant.parse("2032-06-01T00:00:00Z");
    Instant cutoff = policy.closedOnOrBefore(now);
    assertTrue(policy.hasEnded(cutoff, now));
    assertFalse(policy.hasEnded(cutoff.plusSeconds(1), now));
  }

  @Test
  void periodsOutsideZeroToAHundredYearsAreRefused() {
    assertNull(RetentionPolicy.problemWith(0));
    assertNull(RetentionPolicy.problemWith(1200));
    assertNotNull(RetentionPolicy.problemWith(-1));
    assertNotNull(RetentionPolicy.problemWith(1201));
    assertNotNull(RetentionPolicy.problemWith(null));
    assertThrows(IllegalArgumentException.class, () -> new RetentionPolicy(-1));
  }

  @Test
  void onlyTheCaseNumberItselfConfirmsAPurge() {
    assertTrue(RetentionPolicy.confirms("R-2026-0007", "R-2026-0007"));
    assertTrue(RetentionPolicy.confirms("R-2026-0007", "  r-2026-0007 "));
    assertFalse(RetentionPolicy.confirms("R-2026-0007", "R-2026-0008"));
    assertFalse(RetentionPolicy.confirms("R-2026-0007", "R-2026-000"));
    assertFalse(RetentionPolicy.confirms("R-2026-0007", ""));
    assertFalse(RetentionPolicy.confirms("R-2026-0007", null));
  }
}
