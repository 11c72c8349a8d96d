package org.recourse.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PortalIncidentsViewTest {

  @Test
  void aTypedTimeIsReadInTheZoneThePageShowsTimesIn() {
    assertEquals(
        Instant.parse("2026-12-07T21:30:00Z"),
        PortalIncidentsView.parse("2026-12-07T21:30", ZoneId.of("UTC")));
    assertEquals(
        Instant.parse("2026-12-08T02:30:00Z"),
        PortalIncidentsView.parse(" 2026-12-07T21:30:00 ", ZoneId.of("America/New_York")));
  }

  @Test
  void anEmptyOrUnreadableTimeIsLeftForTheServiceToRefuseNamingTheField() {
    assertNull(PortalIncidentsView.parse(null, ZoneId.of("UTC")));
    assertNull(PortalIncidentsView.parse("  ", ZoneId.of("UTC")));
    assertNull(PortalIncidentsView.parse("yesterday evening", ZoneId.of("UTC")));
    assertNull(PortalIncidentsView.parse("2026-13-40T25:00", ZoneId.of("UTC")));
  }

  @Test
  void everyFieldTheServiceNamesHasItsPlaceOnTheForm() {
    assertEquals(
        java.util.Set.of("occurredAt", "what", "where", "who", "stillNeeded", "evidenceIds"),
        PortalIncidentsView.FIELDS.keySet());
  }
}
