package org.recourse.web.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PortalSettingsTest {

  @Test
  void theIdleTimeoutIsTenMinutesUnlessSetAndNeverUnderTwo() {
    assertEquals(10, new PortalSettings().getIdleMinutes());
    assertEquals(5, PortalSettings.idleMinutes(" 5 "));
    assertEquals(2, PortalSettings.idleMinutes("0"));
    assertEquals(10, PortalSettings.idleMinutes("ten"));
    assertEquals(10, PortalSettings.idleMinutes(null));
  }
}
