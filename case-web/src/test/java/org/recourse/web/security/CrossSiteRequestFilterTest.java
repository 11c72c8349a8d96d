package org.recourse.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CrossSiteRequestFilterTest {

  private static final String HOST = "localhost:8080";

  @Test
  void aRequestFromThisSitesOwnPagesPasses() {
    assertTrue(CrossSiteRequestFilter.fromThisSite("same-origin", "http://localhost:8080", HOST));
    assertTrue(CrossSiteRequestFilter.fromThisSite(null, "http://LOCALHOST:8080", HOST));
    assertTrue(
        CrossSiteRequestFilter.fromThisSite(null, "https://recourse.example", "recourse.example"));
    assertTrue(
        CrossSiteRequestFilter.fromThisSite(
            null, "https://recourse.example", "recourse.example:443"));
  }

  @Test
  void aRequestWithoutBrowserHeadersIsLeftToTheTokens() {
    assertTrue(CrossSiteRequestFilter.fromThisSite(null, null, HOST));
    // A page's own form post under Referrer-Policy: no-referrer.
    assertTrue(CrossSiteRequestFilter.fromThisSite("same-origin", "null", HOST));
  }

  @Test
  void anotherSitesRequestIsRefused() {
    assertFalse(CrossSiteRequestFilter.fromThisSite("cross-site", null, HOST));
    assertFalse(CrossSiteRequestFilter.fromThisSite("same-site", "http://localhost:9999", HOST));
    assertFalse(CrossSiteRequestFilter.fromThisSite("none", null, HOST));
    assertFalse(CrossSiteRequestFilter.fromThisSite(null, "http://127.0.0.1:8080", HOST));
    assertFalse(CrossSiteRequestFilter.fromThisSite(null, "http://localhost:9999", HOST));
    assertFalse(CrossSiteRequestFilter.fromThisSite(null, "null", HOST));
    assertFalse(CrossSiteRequestFilter.fromThisSite(null, "http://evil.example", null));
    assertFalse(
        CrossSiteRequestFilter.fromThisSite("same-origin", "http://evil.example:8080", HOST));
  }
}
