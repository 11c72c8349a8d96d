package org.recourse.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InForceTest {

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void ruleWithoutDatesTakesItsStatutesStart() {
    InForce takeItDown = InForce.ALWAYS.and(new InForce(day("2026-05-19"), null));
    assertFalse(takeItDown.covers(day("2026-05-18")), "before the platforms' duty applies");
    assertTrue(takeItDown.covers(day("2026-05-19")));
    assertTrue(takeItDown.covers(day("2026-12-06")));
  }

  @Test
  void laterStartAndEarlierEndWin() {
    InForce both =
        new InForce(day("2027-01-01"), null).and(new InForce(day("2019-05-14"), day("2030-06-30")));
    assertEquals(new InForce(day("2027-01-01"), day("2030-06-30")), both);
    assertFalse(both.covers(day("2026-12-30")));
    assertTrue(both.covers(day("2027-01-02")));
    assertFalse(both.covers(day("2030-07-01")), "the statute was repealed");
  }

  @Test
  void spansThatNeverOverlapCoverNoDate() {
    InForce none = new InForce(day("2027-01-01"), null).and(new InForce(null, day("2020-12-31")));
    assertEquals(InForce.NEVER, none);
    assertFalse(none.covers(day("2020-06-01")));
    assertFalse(none.covers(day("2028-06-01")));
    assertFalse(none.covers(LocalDate.MAX));
    assertTrue(none.describe().startsWith("never"), none.describe());
  }
}
