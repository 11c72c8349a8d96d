package org.recourse.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/**
 * Text people type is shown as text wherever it is shown. Every free-text field a user can fill
 * (the inventory is in docs/SECURITY.md, "Free text and where it is shown") gets markup, a quote
 * that would end an HTML attribute, expressions Faces must not evaluate and, where an address is
 * expected, a {@code javascript:} URL; through the API and through the page forms. Every page and
 * dialog that shows the text is then opened as a user allowed to see it, and must show the payload
 * literally with nothing run: {@code window.__xss} unset, no injected element or event handler, no
 * {@code javascript:} link, no evaluated expression.
 */
@ExtendWith(ArquillianExtension.class)
class EscapingIT {

  /** A quoted local part makes this a valid e-mail address to Bean Validation. */
  private static final String EMAIL = "\"<img src=x onerror=window.__xss=5>\"@example.org";

  /** The preferred language holds 20 characters. */
  private static final String LANGUAGE = "\"><svg onload=__x=1>";

  private static final String JAVASCRIPT_URL = "javascript:window.__xss=4//";

  /**
   * What a page must not contain: the flag a payload sets, an event handler or a script from a
   * payload, a javascript: link, or an expression's result.
   */
  private static final String INJECTED =
      """
      var found = [];
      if (window.__xss !== undefined || window.__x !== undefined) {
        found.push('a payload ran: __xss=' + window.__xss + ', __x=' + window.__x);
      }
      document.querySelectorAll('*').forEach(function (el) {
        Array.prototype.forEach.call(el.attributes, function (a) {
          var name = a.name.toLowerCase();
          var value = a.value.replace(/[\\s\\x00-\\x1f]/g, '').toLowerCase();
          if (name.indexOf('on') === 0 && value.indexOf('__x') >= 0) {
            found.push('injected handler: ' + el.outerHTML.substring(0, 200));
          }
          if (['href', 'src', 'action', 'formaction', 'xlink:href'].indexOf(name) >= 0
              && value.indexOf('javascript:') === 0) {
            found.push('javascript: link: ' + el.outerHTML.substring(0, 200));
          }
        });
        if (el.tagName === 'SCRIPT' && /^\\s*window\\.__x/.test(el.textContent)) {
          found.push('injected script: ' + el.outerHTML.substring(0, 200));
        }
      });
      if (/xss(evaluated|dollar)/.test(document.body.innerText)) {
        found.push('an expression was evaluated');
      }
      return found.join('\\n');
      """;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  /**
   * Markup that runs if inserted as HTML (initial page or ajax update), a quote that ends an
   * attribute, and EL expressions. 165 characters at most, for fields of 200.
   */
  private static String markup(String field) {
    String text =
        "["
            + field
            + "] <script>window.__xss=1</script><img src=x onerror=window.__xss=2>"
            + "\"'><svg onload=window.__xss=3>#{'xss'.concat('evaluated')}${'xss'.concat('dollar')}";
    assertTrue(text.length() <= 200, field);
    return text;
  }

  /** The same for fields of 100 characters. */
  private static String shortMarkup(String field) {
    String text =
        "[" + field + "] <img src=x onerror=window.__xss=2>\"'><svg onload=window.__xss=3>";
    assertTrue(text.length() <= 100, field);
    return text;
  }

  @Test
  void textOfACaseIsShownAsTextOnEveryPageThatShowsIt() {
    ApiClient attorney = ApiClient.as("attorney");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    JsonObject created =
        created(
            attorney.post(
                "cases",
                Json.createObjectBuilder()
                    .add("title", markup("title"))
                    .add("summary", markup("summary"))
                    .add("harmTypes", strings("NON_CONSENSUAL_SHARING"))
                    .add("discoveryDate", today.minusDays(3).toString())
                    .add(
                        "victim",
                        Json.createObjectBuilder()
                            .add("pseudonym", shortMarkup("pseudonym"))
                            .add("legalName", markup("legal name"))
                            .add("email", EMAIL)
                            .add("preferredLanguage", LANGUAGE)
                            .add("safeTimes", markup("safe times"))
                            .add("codeWord", shortMarkup("code word"))
                            .add("neverContactThrough", markup("never contact")))
                    .add("jurisdictions", strings("US"))
                    .add(
                        "people",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("kind", "RESPONDENT")
                                    .add("name", markup("respondent"))
                                    .add("aliases", strings(markup("alias")))
                                    .add("handles", strings(markup("handle")))
                                    .add("relationship", markup("relationship"))
                                    .add("notes", markup("person notes"))))
                    .build()
                    .toString()));
    long caseId = created.getJsonNumber("id").longValue();
    String caseNumber = created.getString("number");
    String path = "cases/" + caseId;
    // The API hands the text back unchanged, as JSON strings.
    JsonObject detail = attorney.get(path).json();
    assertEquals(markup("title"), detail.getString("title"));
    assertEquals(EMAIL, detail.getJsonObject("victim").getString("email"));

    created(attorney.post(path + "/notes", object("body", markup("note"))));
    created(attorney.post(path + "/deadlines", deadline(markup("deadline"), today.plusDays(1))));
    long toWaive =
        created(
                attorney.post(
                    path + "/deadlines", deadline("Synthetic hearing", today.plusDays(3))))
            .getJsonNumber("id")
            .longValue();
    ok(
        attorney.patch(
            "deadlines/" + toWaive,
            Json.createObjectBuilder()
                .add("status", "WAIVED")
                .add("reason", markup("waive reason"))
                .build()
                .toString()));

    long removalId =
        created(
                attorney.post(
                    path + "/removals",
                    Json.createObjectBuilder()
                        .add("url", "https://discord.com/channels/1/2?q=\"'><svg onload=__x=1>")
                        .add("contentKind", "IMAGE")
                        .add("legalBasis", "TAKE_IT_DOWN")
                        .build()
                        .toString()))
            .getJsonNumber("id")
            .longValue();
    ok(
        attorney.post(
            "removals/" + removalId + "/status",
            Json.createObjectBuilder()
                .add("status", "SUBMITTED")
                .add("note", markup("status note"))
                .add("platformReference", markup("reference"))
                .build()
                .toString()));

    // A file the client sent through the portal, with their description (before the team's own
    // item, whose custody log the evidence tab opens first).
    ok(ApiClient.as("admin").put(path + "/portal/access", object("username", "client")));
    JsonObject clientFile =
        created(
            ApiClient.as("client")
                .multipart(
                    "portal/cases/" + caseId + "/evidence",
                    Map.of("description", markup("client file")),
                    "\"'><svg onload=window.__xss=4>.jpg",
                    TestMedia.bytes(Fixture.PHOTO_JPEG)));
    String clientFileName = clientFile.getString("fileName");

    Reply refusedSource =
        attorney.multipart(
            path + "/evidence",
            Map.of("method", "SCREENSHOT", "sourceUrl", JAVASCRIPT_URL),
            "synthetic.png",
            TestMedia.bytes(Fixture.SCREENSHOT_PNG));
    assertEquals(400, refusedSource.status(), refusedSource.body());
    assertTrue(refusedSource.body().contains("sourceUrl"), refusedSource.body());
    JsonObject evidence =
        created(
            attorney.multipart(
                path + "/evidence",
                Map.of(
                    "method",
                    "SCREENSHOT",
                    "sourceUrl",
                    "https://example.org/capture?page=1",
                    "description",
                    markup("description"),
                    "capturedBy",
                    markup("captured by")),
                "\"'><svg onload=window.__xss=3>.png",
                TestMedia.bytes(Fixture.SCREENSHOT_PNG)));
    String evidenceId = evidence.getString("id");
    String shownFileName = evidence.getString("fileName");
    assertEquals(
        200,
        attorney
            .getBytes(
                "evidence/"
                    + evidenceId
                    + "/content?reason="
                    + URLEncoder.encode(markup("custody reason"), StandardCharsets.UTF_8))
            .status());

    assertEquals(
        200,
        attorney
            .postForBytes(
                path + "/evidence-export",
                Json.createObjectBuilder()
                    .add("evidenceIds", strings(evidenceId))
                    .add("purpose", markup("export purpose"))
                    .build()
                    .toString())
            .status());

    long closedId =
        created(
                attorney.post(
                    "cases",
                    """
                    {"title": "Synthetic closed case", "harmTypes": ["DOXXING"],
                     "victim": {"pseudonym": "Synthetic closed client"}, "jurisdictions": ["US"]}
                    """))
            .getJsonNumber("id")
            .longValue();
    JsonObject closed = attorney.get("cases/" + closedId).json();
    ok(
        attorney.put(
            "cases/" + closedId,
            Json.createObjectBuilder()
                .add("title", closed.getString("title"))
                .add("harmTypes", strings("DOXXING"))
                .add("priority", "NORMAL")
                .add(
                    "victim",
                    Json.createObjectBuilder().add("pseudonym", "Synthetic closed client"))
                .add("jurisdictions", strings("US"))
                .add("status", "CLOSED")
                .add("closingReason", markup("closing reason"))
                .add("version", closed.getJsonNumber("version"))
                .build()
                .toString()));

    // The client's words through the portal: a reported address's note and a secure message.
    ApiClient client = ApiClient.as("client");
    created(
        client.post(
            "portal/cases/" + caseId + "/reports",
            Json.createObjectBuilder()
                .add("url", "https://www.instagram.com/p/escaping-" + caseId)
                .add("note", markup("report note"))
                .build()
                .toString()));
    created(
        client.post(
            "portal/cases/" + caseId + "/messages",
            Json.createObjectBuilder()
                .add("subject", markup("message subject"))
                .add("body", markup("message body"))
                .build()
                .toString()));
    created(
        client.post(
            "portal/cases/" + caseId + "/incidents",
            Json.createObjectBuilder()
                .add("occurredAt", "2026-11-20T14:05:00Z")
                .add("what", markup("incident what"))
                .add("where", markup("incident where"))
                .add("who", markup("incident who"))
                .add("stillNeeded", markup("incident needed"))
                .add("evidenceIds", Json.createArrayBuilder().add(clientFile.getString("id")))
                .build()
                .toString()));

    try (Browser browser = Browser.open()) {
      browser.openAs("case/" + caseId, "attorney");
      browser.click(By.id("case:tabs:showIdentity"));
      browser.waitUntil(d -> !d.findElements(By.id("victim-legal-name")).isEmpty());
      browser.click(By.id("case:tabs:showCodeWord"));
      browser.waitUntil(d -> !d.findElements(By.id("case:tabs:codeWord")).isEmpty());
      shown(
          browser,
          "case overview",
          markup("title"),
          markup("summary"),
          shortMarkup("pseudonym"),
          markup("legal name"),
          EMAIL,
          markup("safe times"),
          shortMarkup("code word"),
          markup("never contact"));
      assertEquals(
          LANGUAGE,
          browser.driver().findElement(By.id("case:tabs:language")).getDomProperty("value"),
          "the edit form holds the value as it is");
      assertEquals(
          markup("title"),
          browser.driver().findElement(By.id("case:tabs:title")).getDomProperty("value"));

      browser.click(By.linkText("Deadlines"));
      shown(browser, "deadlines tab", markup("deadline"), markup("waive reason"));
      browser.click(By.linkText("People"));
      shown(
          browser,
          "people tab",
          markup("respondent"),
          markup("alias"),
          markup("handle"),
          markup("relationship"));
      browser.click(By.linkText("Notes"));
      shown(browser, "notes tab", markup("note"));
      browser.click(By.linkText("Team"));
      shown(browser, "team tab", "attorney");
      browser.click(By.linkText("Removals"));
      shown(browser, "removals tab", "https://discord.com/channels/1/2");
      browser.click(By.cssSelector(".rc-open-removal"));
      shown(browser, "removal request", markup("status note"), markup("reference"));
      browser.click(By.linkText("Evidence"));
      shown(
          browser,
          "evidence tab",
          markup("description"),
          markup("client file"),
          clientFileName,
          shownFileName,
          "https://example.org/capture?page=1");
      browser.click(By.id("case:tabs:evidenceTable:0:custody"));
      browser.waitUntil(d -> d.findElement(By.id("case:tabs:custodyDialog")).isDisplayed());
      shown(browser, "custody dialog", markup("custody reason"), markup("export purpose"));
      browser.click(By.cssSelector("[id='case:tabs:custodyDialog'] .ui-dialog-titlebar-close"));
      browser.waitUntil(d -> !d.findElement(By.id("case:tabs:custodyDialog")).isDisplayed());
      browser.click(By.linkText("Jurisdictions"));
      nothingRan(browser, "jurisdictions tab");
      browser.click(By.linkText("Removals"));
      shown(browser, "client's suggestions", markup("report note"));
      browser.click(By.linkText("Portal"));
      shown(
          browser,
          "portal tab",
          markup("report note"),
          markup("message subject"),
          markup("incident what"),
          markup("incident where"),
          markup("incident who"),
          markup("incident needed"),
          markup("client file"),
          clientFileName);
      browser.click(By.id("case:tabs:threadTable:0:openThread"));
      shown(browser, "secure message", markup("message body"));

      browser.open(TestEnvironment.appUrl() + "case/" + closedId);
      shown(browser, "closed case", markup("closing reason"));

      browser.open(TestEnvironment.appUrl() + "cases/list.xhtml");
      browser.type("cases:text", caseNumber);
      browser.click(By.id("cases:filter"));
      browser.waitUntil(d -> browser.text(By.id("cases:table")).contains(caseNumber));
      shown(browser, "case list", shortMarkup("pseudonym"), markup("title"));

      browser.open(TestEnvironment.appUrl());
      shown(browser, "dashboard", markup("deadline"), shortMarkup("pseudonym"));

      browser.open(TestEnvironment.appUrl() + "deadlines/calendar.xhtml");
      By event =
          By.xpath(
              "//*[contains(@class,'fc-event')][contains(., '"
                  + caseNumber
                  + "')][contains(., '[deadline]')]");
      browser.waitUntil(d -> !d.findElements(event).isEmpty());
      nothingRan(browser, "calendar");
      browser.click(event);
      browser.waitUntil(d -> d.findElement(By.id("detail-title")).isDisplayed());
      assertEquals(markup("deadline"), browser.text(By.id("detail-title")));
      shown(browser, "calendar dialog", markup("deadline"));
    }
    try (Browser browser = Browser.open()) {
      browser.openAs("portal/index.xhtml", "client");
      shown(
          browser,
          "portal",
          markup("message subject"),
          markup("client file"),
          clientFileName,
          markup("incident what"),
          markup("incident where"),
          markup("incident who"),
          markup("incident needed"));
      browser.click(By.cssSelector(".rc-portal-thread-open"));
      shown(browser, "portal conversation", markup("message subject"), markup("message body"));
    }
  }

  @Test
  void textAdministratorsEnterIsShownAsTextToThemAndToCaseTeams() {
    ApiClient admin = ApiClient.as("admin");
    JsonObject discord = platform(admin, "discord");
    String template = admin.get("notice-templates/PLATFORM_POLICY").json().getString("body");
    String formUrl = "https://discord.com/report?q=\"'><svg onload=window.__xss=3>";
    String sourceUrl = "https://example.org/act\"'><svg/onload=window.__xss=3>";
    String code =
        "ZX-"
            + (char) ('A' + ThreadLocalRandom.current().nextInt(26))
            + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
    try {
      Reply javascriptForm =
          admin.put(
              "platforms/" + discord.getJsonNumber("id"),
              platformJson(discord, shortMarkup("platform"), JAVASCRIPT_URL));
      assertEquals(400, javascriptForm.status(), javascriptForm.body());
      assertTrue(javascriptForm.body().contains("formUrl"), javascriptForm.body());
      ok(
          admin.put(
              "platforms/" + discord.getJsonNumber("id"),
              platformJson(discord, shortMarkup("platform"), formUrl)));
      ok(
          admin.put(
              "notice-templates/PLATFORM_POLICY",
              object(
                  "body",
                  template
                      + "\n"
                      + markup("template")
                      + "\n{{signature}}\n{{copyrightedWork}}\n{{explanation}}\n{{courtOrderReference}}")));

      Reply jurisdiction =
          admin.post(
              "jurisdictions",
              Json.createObjectBuilder()
                  .add("code", code)
                  .add(
                      "details",
                      Json.createObjectBuilder()
                          .add("name", shortMarkup("jurisdiction"))
                          .add("timeZone", "UTC"))
                  .build()
                  .toString());
      assertEquals(201, jurisdiction.status(), jurisdiction.body());
      JsonObject statute =
          Json.createObjectBuilder()
              .add("citation", markup("citation"))
              .add("shortTitle", markup("statute"))
              .add("kind", "CIVIL_REMEDY")
              .add("summary", markup("statute summary"))
              .add("remedies", markup("remedies"))
              .add("sourceUrl", JAVASCRIPT_URL)
              .add("verified", false)
              .build();
      Reply javascriptSource = admin.post("statutes?jurisdiction=" + code, statute.toString());
      assertEquals(400, javascriptSource.status(), javascriptSource.body());
      assertTrue(javascriptSource.body().contains("sourceUrl"), javascriptSource.body());
      long statuteId =
          created(
                  admin.post(
                      "statutes?jurisdiction=" + code,
                      Json.createObjectBuilder(statute)
                          .add("sourceUrl", sourceUrl)
                          .build()
                          .toString()))
              .getJsonNumber("id")
              .longValue();
      created(
          admin.post(
              "statutes/" + statuteId + "/rules",
              Json.createObjectBuilder()
                  .add("label", markup("rule"))
                  .add("severity", "HIGH")
                  .add("trigger", "DISCOVERY")
                  .add("amount", 2)
                  .add("unit", "YEARS")
                  .add("verified", false)
                  .build()
                  .toString()));

      ApiClient attorney = ApiClient.as("attorney");
      long caseId =
          created(
                  attorney.post(
                      "cases",
                      """
                      {"title": "Synthetic case in a new jurisdiction", "harmTypes": ["DOXXING"],
                       "victim": {"pseudonym": "Synthetic admin-text client"},
                       "discoveryDate": "%s", "jurisdictions": ["%s"]}
                      """
                          .formatted(LocalDate.now(ZoneOffset.UTC).minusDays(10), code)))
              .getJsonNumber("id")
              .longValue();
      long removalId =
          created(
                  attorney.post(
                      "cases/" + caseId + "/removals",
                      """
                      {"url": "https://discord.com/channels/9/8", "contentKind": "IMAGE",
                       "legalBasis": "PLATFORM_POLICY"}
                      """))
              .getJsonNumber("id")
              .longValue();
      ok(attorney.post("removals/" + removalId + "/status", "{\"status\": \"SUBMITTED\"}"));

      try (Browser browser = Browser.open()) {
        browser.openAs("admin/removals.xhtml", "admin");
        shown(
            browser, "platform table", shortMarkup("platform"), markup("platform notes"), formUrl);
        browser.click(By.linkText(shortMarkup("platform")));
        shown(browser, "platform editor", "Platform: " + shortMarkup("platform"));
        assertEquals(
            markup("platform notes"),
            browser.driver().findElement(By.id("platforms:platformNotes")).getDomProperty("value"));
        // A refusal that repeats what was typed, beside the field.
        browser.type("platforms:platformHosts", "discord.com, <img/src=x/onerror=window.__xss=2>");
        browser.click(By.id("platforms:savePlatform"));
        shown(browser, "platform hosts refused", "<img/src=x/onerror=window.__xss=2>");
        browser.selectOne("templates:templateBasis", "PLATFORM_POLICY");
        browser.waitUntil(
            d ->
                String.valueOf(
                        d.findElement(By.id("templates:templateBody")).getDomProperty("value"))
                    .contains(markup("template")));
        nothingRan(browser, "notice template");

        browser.open(TestEnvironment.appUrl() + "admin/law.xhtml");
        pageTo(browser, "law:jurisdictions", By.linkText(code));
        browser.click(By.linkText(code));
        browser.waitUntil(d -> !d.findElements(By.id("law:jurisdictionName")).isEmpty());
        shown(browser, "jurisdiction", shortMarkup("jurisdiction"), markup("citation"));
        assertEquals(
            shortMarkup("jurisdiction"),
            browser.driver().findElement(By.id("law:jurisdictionName")).getDomProperty("value"));
        browser.click(By.linkText(markup("citation")));
        shown(browser, "statute", "Statute " + markup("citation"), markup("statute"));
        assertEquals(
            sourceUrl,
            browser.driver().findElement(By.id("law:sourceUrl")).getDomProperty("value"));
        assertEquals(
            markup("statute summary"),
            browser.driver().findElement(By.id("law:summary")).getDomProperty("value"));
        browser.click(By.linkText(markup("rule")));
        shown(browser, "rule", "Rule: " + markup("rule"));

        browser.open(TestEnvironment.appUrl() + "removals/statistics.xhtml");
        shown(browser, "removal statistics", shortMarkup("platform"));
      }

      try (Browser browser = Browser.open()) {
        browser.openAs("case/" + caseId, "attorney");
        browser.click(By.linkText("Jurisdictions"));
        shown(browser, "jurisdictions tab", shortMarkup("jurisdiction"));
        browser.click(By.linkText("Deadlines"));
        shown(browser, "deadlines from the law", markup("rule"), markup("citation"));
        browser.click(By.linkText("Removals"));
        shown(browser, "removals tab", shortMarkup("platform"));
        browser.click(By.cssSelector(".rc-open-removal"));
        shown(browser, "removal request", "– " + shortMarkup("platform"));
        browser.type("case:tabs:noticeSignature", markup("signature"));
        browser.type("case:tabs:noticeContact", markup("contact"));
        browser.type("case:tabs:noticeWork", markup("work"));
        browser.type("case:tabs:noticeExplanation", markup("explanation"));
        browser.type("case:tabs:noticeCourtOrder", markup("court order"));
        browser.click(By.id("case:tabs:previewNotice"));
        browser.waitUntil(d -> !d.findElements(By.id("noticePreviewText")).isEmpty());
        shown(
            browser,
            "notice preview",
            markup("template"),
            markup("signature"),
            markup("contact"),
            markup("work"),
            markup("explanation"),
            markup("court order"),
            shortMarkup("platform"));

        browser.open(TestEnvironment.appUrl() + "deadlines/calendar.xhtml");
        nothingRan(browser, "calendar");
        browser.open(TestEnvironment.appUrl() + "cases/list.xhtml");
        nothingRan(browser, "case list with the jurisdiction in its filter");
      }
    } finally {
      JsonObject current = platform(admin, "discord");
      admin.put(
          "platforms/" + discord.getJsonNumber("id"),
          Json.createObjectBuilder()
              .add("name", discord.getString("name"))
              .add("formUrl", discord.getOrDefault("formUrl", JsonValue.NULL))
              .add("email", discord.getOrDefault("email", JsonValue.NULL))
              .add("notes", discord.getOrDefault("notes", JsonValue.NULL))
              .add("hosts", discord.getJsonArray("hosts"))
              .add("bases", discord.getJsonArray("bases"))
              .add("version", current.getJsonNumber("version"))
              .build()
              .toString());
      admin.put("notice-templates/PLATFORM_POLICY", object("body", template));
    }
  }

  @Test
  void textTypedIntoThePageFormsIsShownAsText() {
    String earlierCase =
        created(
                ApiClient.as("attorney")
                    .post(
                        "cases",
                        Json.createObjectBuilder()
                            .add("title", "Synthetic earlier case")
                            .add("harmTypes", strings("NON_CONSENSUAL_SHARING"))
                            .add(
                                "victim",
                                Json.createObjectBuilder().add("pseudonym", "Synthetic earlier"))
                            .add("jurisdictions", strings("US"))
                            .add(
                                "people",
                                Json.createArrayBuilder()
                                    .add(
                                        Json.createObjectBuilder()
                                            .add("kind", "RESPONDENT")
                                            .add("name", markup("conflict party"))
                                            .add("identityKnown", true)))
                            .build()
                            .toString()))
            .getString("number");

    try (Browser browser = Browser.open()) {
      browser.openAs("cases/intake.xhtml", "attorney");
      browser.type("intake:pseudonym", shortMarkup("intake client"));
      next(browser, "intake:codeWord");
      browser.type("intake:neverContact", markup("intake never"));
      next(browser, "intake:title");
      browser.type("intake:title", markup("intake title"));
      browser.click(By.cssSelector("label[for='intake:harmTypes:2']"));
      browser.type("intake:respondentName", markup("conflict party"));
      next(browser, "intake:conflictPanel");
      // the search term and the party found, from another case of the attorney's
      shown(browser, "conflict check", earlierCase, "Respondent", markup("conflict party"));
      browser.click(By.cssSelector("[id='intake:acknowledge'] .ui-chkbox-box"));
      next(browser, "intake:memberUsername");
      next(browser, "intake:create");
      shown(browser, "intake summary", shortMarkup("intake client"), markup("intake title"));
      browser.click(By.id("intake:create"));
      browser.waitUntil(d -> d.getCurrentUrl().contains("/case/"));
      browser.click(By.id("case:tabs:showIdentity"));
      browser.waitUntil(d -> !d.findElements(By.id("victim-legal-name")).isEmpty());
      shown(
          browser,
          "case opened by intake",
          markup("intake title"),
          shortMarkup("intake client"),
          markup("intake never"));

      browser.click(By.linkText("Notes"));
      browser.type("case:tabs:noteBody", markup("form note"));
      browser.click(By.id("case:tabs:addNote"));
      shown(browser, "note added", markup("form note"));

      browser.click(By.linkText("People"));
      browser.type("case:tabs:personName", markup("form person"));
      browser.type("case:tabs:personAliases", markup("form alias") + "\n" + shortMarkup("alias 2"));
      browser.type("case:tabs:personRelationship", markup("form relation"));
      browser.click(By.id("case:tabs:addPerson"));
      shown(
          browser,
          "person added",
          markup("form person"),
          markup("form alias"),
          shortMarkup("alias 2"),
          markup("form relation"),
          markup("conflict party"));

      browser.click(By.linkText("Deadlines"));
      browser.type("case:tabs:deadlineTitle", markup("form deadline"));
      String due = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString();
      // typed again until the date picker, whose panel opens on focus, keeps it
      browser.waitUntil(
          d -> {
            WebElement date = d.findElement(By.id("case:tabs:deadlineDate_input"));
            if (!due.equals(date.getDomProperty("value"))) {
              browser.retype("case:tabs:deadlineDate_input", due);
              date.sendKeys(Keys.ESCAPE);
            }
            return due.equals(date.getDomProperty("value"));
          });
      browser.click(By.id("case:tabs:addDeadline"));
      shown(browser, "deadline added", markup("form deadline"));

      browser.click(By.linkText("Team"));
      browser.type("case:tabs:memberUsername", shortMarkup("username"));
      browser.click(By.id("case:tabs:addMember"));
      browser.waitUntil(
          d ->
              !d.findElements(By.cssSelector("[id='case:tabs:memberSet'] .ui-message")).isEmpty()
                  || !d.findElements(By.cssSelector("#messages .ui-messages-error")).isEmpty());
      nothingRan(browser, "username refused");

      browser.click(By.linkText("Removals"));
      browser.type(
          "case:tabs:removalUrls",
          JAVASCRIPT_URL + "\n<img/src=x/onerror=window.__xss=2>\n\"'><svg/onload=window.__xss=3>");
      browser.click(By.id("case:tabs:addRemovals"));
      shown(
          browser,
          "addresses refused",
          "Line 1 (" + JAVASCRIPT_URL + ")",
          "Line 2 (<img/src=x/onerror=window.__xss=2>)",
          "Line 3 (\"'><svg/onload=window.__xss=3>)");

      browser.open(TestEnvironment.appUrl() + "cases/list.xhtml");
      browser.type("cases:text", markup("list filter"));
      browser.click(By.id("cases:filter"));
      browser.waitUntil(d -> browser.text(By.id("cases:table")).contains("No cases match"));
      assertEquals(
          markup("list filter"),
          browser.driver().findElement(By.id("cases:text")).getDomProperty("value"));
      nothingRan(browser, "case list filter");
    }
  }

  /** Waits until each text is on the page as it was typed, then checks that nothing ran. */
  private static void shown(Browser browser, String where, String... texts) {
    try {
      browser.waitUntil(
          d -> {
            String visible = browser.visibleText();
            return Arrays.stream(texts).allMatch(visible::contains);
          });
    } catch (TimeoutException e) {
      String visible = browser.visibleText();
      List<String> missing = Arrays.stream(texts).filter(t -> !visible.contains(t)).toList();
      fail(where + ": not shown as typed: " + missing);
    }
    nothingRan(browser, where);
  }

  private static void nothingRan(Browser browser, String where) {
    Object found = ((JavascriptExecutor) browser.driver()).executeScript(INJECTED);
    assertEquals("", found, where);
  }

  /** Pages through a table until the element is on the page shown. */
  private static void pageTo(Browser browser, String tableId, By element) {
    By next = By.cssSelector("[id='" + tableId + "'] .ui-paginator-next:not(.ui-state-disabled)");
    browser.waitUntil(
        d -> {
          if (!d.findElements(element).isEmpty()) {
            return true;
          }
          d.findElements(next).stream().findFirst().ifPresent(WebElement::click);
          return false;
        });
  }

  /** Goes to the next wizard step and waits until an element of that step shows. */
  private static void next(Browser browser, String idOnNextStep) {
    browser.click(By.cssSelector(".ui-wizard-nav-next"));
    browser.waitUntil(
        d ->
            !d.findElements(By.id(idOnNextStep)).isEmpty()
                && d.findElement(By.id(idOnNextStep)).isDisplayed());
  }

  private static JsonObject platform(ApiClient client, String code) {
    return client.get("platforms").jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static String platformJson(JsonObject platform, String name, String formUrl) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("formUrl", formUrl)
        .add("notes", markup("platform notes"))
        .add("hosts", platform.getJsonArray("hosts"))
        .add("bases", platform.getJsonArray("bases"))
        .add("version", platform.getJsonNumber("version"))
        .build()
        .toString();
  }

  private static String deadline(String title, LocalDate due) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("dueDate", due.toString())
        .build()
        .toString();
  }

  private static String object(String name, String value) {
    return Json.createObjectBuilder().add(name, value).build().toString();
  }

  private static JsonArrayBuilder strings(String... values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (String value : values) {
      array.add(value);
    }
    return array;
  }

  private static JsonObject created(Reply reply) {
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }

  private static void ok(Reply reply) {
    assertEquals(200, reply.status(), reply.body());
  }
}
