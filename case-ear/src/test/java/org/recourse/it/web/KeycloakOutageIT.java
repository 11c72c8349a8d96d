package org.recourse.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.KeycloakServer;
import org.recourse.it.support.TestEnvironment;

/** When Keycloak is down, a person is told that sign-in is unavailable, not shown a stack trace. */
@ExtendWith(ArquillianExtension.class)
class KeycloakOutageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void pagesSaySignInIsUnavailableWhileKeycloakIsDownAndWorkAgainAfter() {
    KeycloakServer keycloak = TestEnvironment.keycloak();
    keycloak.stop();
    try (Browser browser = Browser.openNow()) {
      browser.open(TestEnvironment.appUrl());

      assertEquals("Sign-in unavailable", browser.text(By.id("page-title")));
      assertFalse(browser.visibleText().contains("Exception"), "no stack trace is shown");
      browser.screenshot("keycloak-down");
    } finally {
      keycloak.restart();
    }

    try (Browser browser = Browser.open()) {
      browser.openAs("", "advocate");
      assertEquals("Dashboard", browser.text(By.id("page-title")));
    }
  }
}
