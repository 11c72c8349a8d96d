package org.recourse.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.KeycloakServer;
import org.recourse.it.support.TestEnvironment;

/**
 * When Keycloak is down as the application starts, a person is told that sign-in is unavailable,
 * not shown a stack trace; once Keycloak is back, signing in works without a restart. The test
 * deploys the application itself, after stopping Keycloak: an application that already read
 * Keycloak's configuration sends the browser to Keycloak's address instead (see the issue note).
 */
@ExtendWith(ArquillianExtension.class)
class KeycloakOutageIT {

  private static final String DEPLOYMENT = "outage";

  @ArquillianResource private Deployer deployer;

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void pagesSaySignInIsUnavailableWhileKeycloakIsDownAndWorkAgainAfter() {
    KeycloakServer keycloak = TestEnvironment.keycloak();
    keycloak.stop();
    try {
      deployer.deploy(DEPLOYMENT);
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
    } finally {
      deployer.undeploy(DEPLOYMENT);
    }
  }
}
