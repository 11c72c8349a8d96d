package org.recourse.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.recourse.audit.AccessLogViews.AccessQuery;
import org.recourse.shared.InvalidInputException;

class AccessQueriesTest {

  @Test
  void datesCoverWholeDaysInUtc() {
    AccessQuery query =
        AccessQueries.parse(" attorney ", "12", "evidence_downloaded", "2026-11-01", "2026-11-02");
    assertEquals("attorney", query.user());
    assertEquals(12L, query.caseId());
    assertEquals(AccessAction.EVIDENCE_DOWNLOADED, query.action());
    assertEquals(Instant.parse("2026-11-01T00:00:00Z"), query.from());
    assertEquals(Instant.parse("2026-11-03T00:00:00Z"), query.to());
  }

  @Test
  void instantsAreTakenAsGivenAndBlanksMeanNoFilter() {
    AccessQuery query = AccessQueries.parse("", null, " ", "2026-11-01T10:15:00Z", null);
    assertNull(query.user());
    assertNull(query.caseId());
    assertNull(query.action());
    assertEquals(Instant.parse("2026-11-01T10:15:00Z"), query.from());
    assertNull(query.to());
  }

  @Test
  void everyBadValueIsNamedByItsField() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> AccessQueries.parse(null, "seven", "LOOKED", "yesterday", "2026-13-01"));
    assertEquals(
        java.util.Set.of("caseId", "action", "from", "to"), refused.fieldErrors().keySet());
  }

  @Test
  void theEndMustComeAfterTheStart() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> AccessQueries.parse(null, null, null, "2026-11-05", "2026-11-04"));
    assertEquals(java.util.Set.of("to"), refused.fieldErrors().keySet());
  }
}
