package org.recourse.web.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortalSessionFilterTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  @Test
  void aLoginMadeWithinTheSecondsStartsASession() {
    assertTrue(PortalSessionFilter.loginWithin(Optional.of(NOW.minusSeconds(120)), NOW, 120));
    assertTrue(PortalSessionFilter.loginWithin(Optional.of(NOW.minusSeconds(3)), NOW, 120));
  }

  @Test
  void anOlderLoginOrAnUnknownOneDoesNot() {
    assertFalse(PortalSessionFilter.loginWithin(Optional.of(NOW.minusSeconds(121)), NOW, 120));
    assertFalse(PortalSessionFilter.loginWithin(Optional.empty(), NOW, 120));
  }
}
