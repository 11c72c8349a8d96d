package org.recourse.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaseRetentionTest {

  private static final Instant OPENED = Instant.parse("2026-01-10T09:00:00Z");
  private static final Instant CLOSED = Instant.parse("2026-03-01T12:00:00Z");

  private static CaseFile closedCase() {
    CaseFile caseFile = new CaseFile("R-2026-0007", "Title", "attorney", OPENED);
    caseFile.changeStatus(CaseStatus.CLOSED, "Content removed", CLOSED);
    return caseFile;
  }

  @Test
  void closingRecordsWhenTheCaseWasClosed() {
    assertEquals(CLOSED, closedCase().getClosedAt());
  }

  @Test
  void reopeningForgetsTheClosingTimeAndClosingAgainStartsAfresh() {
    CaseFile caseFile = closedCase();
    caseFile.changeStatus(CaseStatus.ACTIVE, null, CLOSED.plusSeconds(60));
    assertNull(caseFile.getClosedAt());

    Instant closedAgain = CLOSED.plusSeconds(3600);
    caseFile.changeStatus(CaseStatus.CLOSED, "Done", closedAgain);
    assertEquals(closedAgain, caseFile.getClosedAt());
  }

  @Test
  void savingAClosedCaseAgainKeepsItsClosingTime() {
    CaseFile caseFile = closedCase();
    caseFile.changeStatus(CaseStatus.CLOSED, "Reason corrected", CLOSED.plusSeconds(600));
    assertEquals(CLOSED, caseFile.getClosedAt());
  }

  @Test
  void aPurgedCaseRefusesEveryChange() {
    CaseFile caseFile = closedCase();
    Instant purgedAt = CLOSED.plusSeconds(86_400);
    caseFile.purged("admin", purgedAt);

    assertTrue(caseFile.isPurged());
    assertEquals("admin", caseFile.getPurgedBy());
    assertEquals(purgedAt, caseFile.getPurgedAt());
    CasePurgedException refused =
        assertThrows(CasePurgedException.class, () -> caseFile.touch("attorney", purgedAt));
    assertTrue(refused.getMessage().contains("R-2026-0007"));
    assertThrows(
        CasePurgedException.class, () -> caseFile.changeStatus(CaseStatus.ACTIVE, null, purgedAt));
    assertThrows(CasePurgedException.class, () -> caseFile.purged("admin", purgedAt));
    assertEquals(CaseStatus.CLOSED, caseFile.getStatus());
  }

  @Test
  void aCaseNotPurgedAcceptsChanges() {
    CaseFile caseFile = closedCase();
    assertFalse(caseFile.isPurged());
    caseFile.touch("attorney", CLOSED);
    assertEquals("attorney", caseFile.getUpdatedBy());
  }
}
