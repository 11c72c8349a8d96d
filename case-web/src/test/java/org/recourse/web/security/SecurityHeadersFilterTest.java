package org.recourse.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  private static final String KEYCLOAK = "https://login.recourse.example:8443/realms/recourse";

  /** The sources of one directive of a policy, or an empty list when it has none. */
  private static List<String> sources(String policy, String directive) {
    return Arrays.stream(policy.split(";"))
        .map(String::trim)
        .filter(d -> d.startsWith(directive + " "))
        .findFirst()
        .map(d -> List.of(d.substring(directive.length()).trim().split("\\s+")))
        .orElse(List.of());
  }

  /** The policy as PrimeFaces' nonce mode writes it on a page (CspPhaseListener). */
  private static String onAPage(String nonce) {
    return SecurityHeadersFilter.policy(KEYCLOAK) + " 'nonce-" + nonce + "';";
  }

  @Test
  void scriptsComeFromThisApplicationOnlyWithoutInlineCodeOrEval() {
    List<String> scripts = sources(SecurityHeadersFilter.policy(KEYCLOAK), "script-src");
    assertEquals(List.of("'self'"), scripts);
    assertFalse(SecurityHeadersFilter.policy(KEYCLOAK).contains("unsafe-eval"));
  }

  @Test
  void aPageRunsOnlyTheInlineScriptsCarryingItsNonce() {
    String policy = onAPage("Yjk3ZjJhMjMtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAx");
    List<String> scripts = sources(policy, "script-src");
    assertEquals(
        List.of("'self'", "'nonce-Yjk3ZjJhMjMtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAx'"), scripts);
    assertFalse(scripts.contains("'unsafe-inline'"));
    assertFalse(scripts.contains("'unsafe-eval'"));
    assertFalse(scripts.contains("'unsafe-hashes'"));
    // the nonce lands in script-src, not in the last directive PrimeFaces happens to append to
    assertTrue(
        policy.endsWith(
            "script-src 'self' 'nonce-Yjk3ZjJhMjMtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAx';"));
  }

  @Test
  void everythingElseStaysWithThisApplicationAndKeycloakForms() {
    String policy = SecurityHeadersFilter.policy(KEYCLOAK);
    assertEquals(List.of("'self'"), sources(policy, "default-src"));
    assertEquals(List.of("'self'"), sources(policy, "connect-src"));
    assertEquals(List.of("'none'"), sources(policy, "frame-ancestors"));
    assertEquals(List.of("'none'"), sources(policy, "object-src"));
    assertEquals(List.of("'self'"), sources(policy, "base-uri"));
    assertEquals(
        List.of("'self'", "https://login.recourse.example:8443"), sources(policy, "form-action"));
    // PrimeFaces writes style attributes in its markup and its ajax updates
    assertEquals(List.of("'self'", "'unsafe-inline'"), sources(policy, "style-src"));
  }

  @Test
  void aPolicyAddedLaterReplacesTheOneWrittenInsteadOfJoiningIt() {
    HttpServletResponse response = mock(HttpServletResponse.class);
    SecurityHeadersFilter.OnePolicy wrapped = new SecurityHeadersFilter.OnePolicy(response);

    wrapped.addHeader("Content-Security-Policy", onAPage("bm9uY2U="));
    wrapped.addHeader("Vary", "Origin");

    verify(response).setHeader("Content-Security-Policy", onAPage("bm9uY2U="));
    verify(response, never()).addHeader("Content-Security-Policy", onAPage("bm9uY2U="));
    verify(response).addHeader("Vary", "Origin");
  }
}
