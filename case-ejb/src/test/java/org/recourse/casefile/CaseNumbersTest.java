package org.recourse.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import org.junit.jupiter.api.Test;

class CaseNumbersTest {

  @Test
  void numbersAreOrderedByYearThenSequenceAsANumber() {
    assertTrue(CaseNumbers.order("R-2026-99998") < CaseNumbers.order("R-2026-100065"));
    assertTrue(CaseNumbers.order("R-2025-999999") < CaseNumbers.order("R-2026-0001"));
    assertEquals(
        CaseNumbers.order(CaseNumbers.format(Year.of(2026), 12)), 2026L * 1_000_000_000L + 12);
  }

  @Test
  void aNumberOfAnotherShapeSortsFirst() {
    assertEquals(0, CaseNumbers.order("IMPORTED-7"));
    assertEquals(0, CaseNumbers.order("R-20x6-0001"));
  }
}
