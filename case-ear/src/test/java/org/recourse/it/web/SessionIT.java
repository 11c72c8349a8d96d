package org.recourse.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/**
 * The session of a signed-in page: a cookie scripts cannot read and other sites do not send, and an
 * idle warning that either keeps the session or signs the person out everywhere.
 */
@ExtendWith(ArquillianExtension.class)
class SessionIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static Object script(Browser browser, String js) {
    return ((JavascriptExecutor) browser.driver()).executeScript(js);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() {
    try (Browser browser = Browser.open()) {
      browser.openAs("", "attorney");
      browser.waitUntil(d -> d.findElements(By.id("rc-user-name")).size() == 1);
      Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
      assertNotNull(session, "a signed-in page has a session");
      assertTrue(session.isHttpOnly());
      assertEquals("Lax", session.getSameSite());
      assertFalse(
          String.valueOf(script(browser, "return document.cookie")).contains("JSESSIONID"),
          "scripts cannot read the session cookie");
    }
  }

  @Test
  void theSessionCookieThatTheServerWritesAtLoginIsSameSiteLax() {
    try (Browser browser = Browser.openRecordingNetwork()) {
      browser.openAs("", "attorney");
      browser.waitUntil(d -> d.findElements(By.id("rc-user-name")).size() == 1);
      // The raw Set-Cookie headers of every response, the OIDC callback's redirect included.
      List<String> sessionCookies =
          browser.setCookieHeaders().stream()
              .filter(line -> line.startsWith("JSESSIONID="))
              .toList();
      assertFalse(sessionCookies.isEmpty(), "the login set the session cookie");
      for (String cookie : sessionCookies) {
        String attributes = cookie.toLowerCase(Locale.ROOT).replace(" ", "");
        assertTrue(attributes.contains(";samesite=lax"), cookie);
        assertTrue(attributes.contains(";httponly"), cookie);
      }
    }
  }

  @Test
  void theIdleWarningKeepsTheSessionOrSignsOutAtKeycloakToo() {
    try (Browser browser = Browser.open()) {
      browser.openAs("", "attorney");
      browser.waitUntil(d -> d.findElements(By.id("rc-user-name")).size() == 1);
      // 30 minutes by default, the warning two minutes before.
      assertEquals(
          (30 * 60 - 120) * 1000L,
          ((Number) script(browser, "return PF('idleMonitor').cfg.timeout")).longValue());

      script(browser, "RecourseIdle.warn()");
      String countdown = browser.text(By.id("rc-idle-remaining"));
      assertTrue(
          Integer.parseInt(countdown) > 100 && Integer.parseInt(countdown) <= 120, countdown);
      browser.click(By.id("idleStay"));
      browser.waitUntil(d -> !d.findElement(By.id("idleWarning")).isDisplayed());
      assertEquals(
          204L,
          ((Number)
                  ((JavascriptExecutor) browser.driver())
                      .executeAsyncScript(
                          "var done = arguments[arguments.length - 1];"
                              + " fetch('keep-alive', {method: 'POST'}).then(r => done(r.status));"))
              .longValue());

      script(browser, "RecourseIdle.warn()");
      browser.click(By.id("idleLeave"));
      browser.waitUntil(
          d -> browser.isOnKeycloakLogin() || d.getCurrentUrl().endsWith("/recourse/"));
      browser.open(TestEnvironment.appUrl());
      browser.waitUntil(d -> browser.isOnKeycloakLogin());
      assertTrue(browser.isOnKeycloakLogin(), "Keycloak's session ended too");
    }
  }
}
