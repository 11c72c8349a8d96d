package org.recourse.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/**
 * Headers on every response, pages included, and text users typed shown as text: a payload in the
 * free-text fields of a case never runs.
 */
@ExtendWith(ArquillianExtension.class)
class PageSecurityIT {

  private static final String PAYLOAD =
      "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">Synthetic";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void everyResponseForbidsFramingSniffingAndReferrers() throws Exception {
    TestEnvironment.keycloak();
    HttpClient http = HttpClient.newHttpClient();
    // Paths answered without a login (the API's 401, a feed's 404); pages are checked in the
    // browser below.
    for (String path : new String[] {"api/v1/me", "api/v1/nothing", "feeds/nothing.ics"}) {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(URI.create(TestEnvironment.appUrl() + path)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      String policy = String.join(";", response.headers().allValues("Content-Security-Policy"));
      assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
      assertTrue(policy.contains("default-src 'self'"), path + ": " + policy);
      assertTrue(policy.contains("connect-src 'self'"), path + ": " + policy);
      assertTrue(policy.contains("form-action 'self' http://"), path + ": " + policy);
      assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), path);
      assertEquals(
          "nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals(
          "no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""), path);
      assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), path);
    }
  }

  @Test
  void scriptPayloadsInFreeTextFieldsAreShownAsTextAndNeverRun() {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId =
        attorney
            .post(
                "cases",
                Json.createObjectBuilder()
                    .add("title", PAYLOAD)
                    .add("summary", PAYLOAD)
                    .add("harmTypes", Json.createArrayBuilder().add("NON_CONSENSUAL_SHARING"))
                    .add("victim", Json.createObjectBuilder().add("pseudonym", PAYLOAD))
                    .add("jurisdictions", Json.createArrayBuilder().add("US"))
                    .build()
                    .toString())
            .json()
            .getJsonNumber("id")
            .longValue();
    String path = "cases/" + caseId;
    attorney.post(
        path + "/notes", Json.createObjectBuilder().add("body", PAYLOAD).build().toString());
    attorney.post(
        path + "/people",
        Json.createObjectBuilder()
            .add("kind", "RESPONDENT")
            .add("name", PAYLOAD)
            .build()
            .toString());
    attorney.multipart(
        path + "/evidence",
        Map.of("method", "SCREENSHOT", "description", PAYLOAD, "capturedBy", PAYLOAD),
        PAYLOAD + ".png",
        TestMedia.bytes(Fixture.SCREENSHOT_PNG));

    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      JavascriptExecutor js = (JavascriptExecutor) browser.driver();
      for (String tab : new String[] {"Overview", "People", "Notes", "Evidence", "Removals"}) {
        browser.click(By.linkText(tab));
        browser.waitUntil(d -> browser.visibleText().contains("<script>window.__xss = 1</script>"));
      }
      assertEquals(Boolean.TRUE, js.executeScript("return window.__xss === undefined;"));
      assertTrue(browser.visibleText().contains("<img src=x onerror="), "shown as text");

      Object headers =
          ((JavascriptExecutor) browser.driver())
              .executeAsyncScript(
                  "var done = arguments[arguments.length - 1];"
                      + " fetch(location.href, {credentials: 'same-origin'}).then(function (r) {"
                      + " done([r.headers.get('Content-Security-Policy'),"
                      + " r.headers.get('Referrer-Policy'), r.headers.get('X-Frame-Options')]); });");
      String pageHeaders = String.valueOf(headers);
      assertTrue(pageHeaders.contains("frame-ancestors 'none'"), pageHeaders);
      assertTrue(pageHeaders.contains("no-referrer"), pageHeaders);
    }
  }

  /**
   * The strict script policy on the page with the most script: one policy header whose {@code
   * script-src} is this application plus the page's nonce, every Faces form carrying that nonce for
   * its ajax actions (PrimeFaces refuses an action without it), and a script or handler planted
   * without the nonce refused and reported.
   */
  @Test
  void thePagesRunOnlyScriptsCarryingTheirNonce() {
    long caseId =
        ApiClient.as("attorney")
            .post(
                "cases",
                Json.createObjectBuilder()
                    .add("title", "Policy check")
                    .add("harmTypes", Json.createArrayBuilder().add("NON_CONSENSUAL_SHARING"))
                    .add("victim", Json.createObjectBuilder().add("pseudonym", "Synthetic policy"))
                    .add("jurisdictions", Json.createArrayBuilder().add("US"))
                    .build()
                    .toString())
            .json()
            .getJsonNumber("id")
            .longValue();
    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.waitUntil(d -> !d.findElements(By.id("case:tabs")).isEmpty());
      JavascriptExecutor js = (JavascriptExecutor) browser.driver();

      String policy =
          String.valueOf(
              js.executeAsyncScript(
                  "var done = arguments[arguments.length - 1];"
                      + " fetch(location.href, {credentials: 'same-origin'}).then(function (r) {"
                      + " done(r.headers.get('Content-Security-Policy')); });"));
      String scripts = policy.substring(policy.indexOf("script-src"));
      assertTrue(scripts.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?"), policy);
      assertFalse(policy.contains("unsafe-eval"), policy);
      assertEquals(1, policy.split("script-src").length - 1, "one policy, not two: " + policy);

      String nonce = String.valueOf(js.executeScript("return PrimeFaces.csp.NONCE_VALUE;"));
      assertFalse(nonce.isBlank(), "PrimeFaces' nonce mode is on");
      assertEquals(
          nonce,
          js.executeScript(
              "var field = document.getElementById('case').elements['primefaces.nonce'];"
                  + " return field ? field.value : 'no nonce field in the case form';"));

      js.executeScript(
          "var planted = document.createElement('script');"
              + " planted.textContent = 'window.__planted = 1';"
              + " document.body.appendChild(planted);"
              + " var image = document.createElement('img');"
              + " image.setAttribute('onerror', 'window.__planted = 2');"
              + " image.src = 'data:image/png;base64,AAAA';"
              + " document.body.appendChild(image);");
      // Reading the refusals here consumes them: they are this test's, not a page's fault.
      List<String> refused = new ArrayList<>();
      browser.waitUntil(
          d -> {
            refused.addAll(browser.policyViolations());
            return refused.stream().anyMatch(m -> m.contains("Executing inline script"))
                && refused.stream().anyMatch(m -> m.contains("inline event handler"));
          });
      assertEquals(Boolean.TRUE, js.executeScript("return window.__planted === undefined;"));
    }
  }
}
