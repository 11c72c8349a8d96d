package org.recourse.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Year;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CaseFileTest {

  private static CaseFile newCase() {
    return new CaseFile("R-2026-0001", "Title", "attorney", Instant.parse("2026-11-26T10:00:00Z"));
  }

  @Test
  void newCaseStartsAtIntake() {
    assertEquals(CaseStatus.INTAKE, newCase().getStatus());
  }

  @Test
  void closingNeedsAReasonAndKeepsIt() {
    CaseFile caseFile = newCase();

    InvalidStatusChangeException refused =
        assertThrows(
            InvalidStatusChangeException.class,
            () -> caseFile.changeStatus(CaseStatus.CLOSED, " "));
    assertEquals("Closing a case needs a closing reason", refused.getMessage());

    caseFile.changeStatus(CaseStatus.CLOSED, "Content removed everywhere ");
    assertEquals(CaseStatus.CLOSED, caseFile.getStatus());
    assertEquals("Content removed everywhere", caseFile.getClosingReason());
  }

  @Test
  void reopeningAClosedCaseClearsTheClosingReason() {
    CaseFile caseFile = newCase();
    caseFile.changeStatus(CaseStatus.CLOSED, "Client withdrew");

    caseFile.changeStatus(CaseStatus.ACTIVE, null);

    assertEquals(CaseStatus.ACTIVE, caseFile.getStatus());
    assertNull(caseFile.getClosingReason());
  }

  @Test
  void aClosedCaseCannotGoBackToIntakeOrOnHold() {
    CaseFile caseFile = newCase();
    caseFile.changeStatus(CaseStatus.CLOSED, "Done");

    InvalidStatusChangeException refused =
        assertThrows(
            InvalidStatusChangeException.class,
            () -> caseFile.changeStatus(CaseStatus.INTAKE, null));
    assertEquals(EnumSet.of(CaseStatus.ACTIVE), refused.allowedStatuses());
    assertThrows(
        InvalidStatusChangeException.class, () -> caseFile.changeStatus(CaseStatus.ON_HOLD, null));
  }

  @Test
  void nothingLeadsBackToIntake() {
    for (CaseStatus status : CaseStatus.values()) {
      assertTrue(!status.next().contains(CaseStatus.INTAKE), status + " must not lead to INTAKE");
    }
  }

  @Test
  void caseNumbersArePaddedToFourDigitsAndGrowBeyond() {
    assertEquals("R-2026-0007", CaseNumbers.format(Year.of(2026), 7));
    assertEquals("R-2027-12345", CaseNumbers.format(Year.of(2027), 12345));
  }
}
