package org.recourse.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/** A person signs in through the real Keycloak page and sees what their role allows. */
@ExtendWith(ArquillianExtension.class)
class LoginIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @ParameterizedTest
  @CsvSource({
    "attorney, Alex Attorney, attorney",
    "attorney2, Blake Attorney, attorney",
    "advocate, Casey Advocate, advocate",
    "caseworker, Devon Caseworker, caseworker",
    "admin, Emery Admin, admin"
  })
  void eachDemoUserLogsInThroughKeycloakAndSeesTheDashboardWithTheirRole(
      String username, String name, String role) {
    try (Browser browser = Browser.open()) {
      browser.open(TestEnvironment.appUrl());
      assertTrue(
          browser.isOnKeycloakLogin(), "pages need a login: " + browser.driver().getCurrentUrl());

      browser.loginIfAsked(username);

      assertEquals("Dashboard", browser.text(By.id("page-title")));
      assertEquals(name, browser.text(By.id("rc-user-name")));
      assertEquals(role, browser.text(By.id("rc-user-roles")));
      assertEquals(username, browser.text(By.id("dashboard-username")));
      browser.screenshot("dashboard-" + username);
    }
  }

  @Test
  void caseworkerIsRefusedTheAdministrationPage() {
    try (Browser browser = Browser.open()) {
      browser.openAs("admin/index.xhtml", "caseworker");

      assertEquals("Not allowed", browser.text(By.id("page-title")));
      assertTrue(browser.driver().findElements(By.id("schema-version")).isEmpty());
      assertFalse(browser.visibleText().contains("Exception"), "no stack trace is shown");
      browser.screenshot("caseworker-refused-admin");
    }
  }

  @Test
  void adminOpensTheAdministrationPageFromTheMenu() {
    try (Browser browser = Browser.open()) {
      browser.openAs("", "admin");
      browser.click(By.linkText("Administration"));

      assertEquals("Administration", browser.text(By.id("page-title")));
      assertFalse(browser.text(By.id("schema-version")).isBlank());
    }
  }

  @Test
  void menuOffersAdministrationOnlyToAdmins() {
    try (Browser browser = Browser.open()) {
      browser.openAs("", "attorney");

      assertEquals("Dashboard", browser.text(By.id("page-title")));
      assertTrue(browser.driver().findElements(By.linkText("Administration")).isEmpty());
    }
  }

  @Test
  void unknownPageShowsTheNotFoundPageWithoutAStackTrace() {
    try (Browser browser = Browser.open()) {
      browser.openAs("no-such-page.xhtml", "advocate");

      assertEquals("Not found", browser.text(By.id("page-title")));
      assertFalse(browser.visibleText().contains("Exception"), "no stack trace is shown");
    }
  }

  @Test
  void logoutEndsBothTheApplicationAndTheKeycloakSession() {
    try (Browser browser = Browser.open()) {
      browser.openAs("", "attorney");
      assertEquals("Dashboard", browser.text(By.id("page-title")));

      browser.click(By.id("logout"));
      browser.waitUntil(d -> browser.isOnKeycloakLogin());

      browser.open(TestEnvironment.appUrl());
      assertTrue(
          browser.isOnKeycloakLogin(),
          "after logout the login page is asked again: " + browser.driver().getCurrentUrl());
    }
  }
}
