package org.recourse.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/**
 * The access matrix of docs/ACCESS.md, walked whole: every endpoint the running server's OpenAPI
 * document lists and every page, as each demo role, on a case of their team and on a case of
 * another team. Outside the team a case and everything in it does not exist (404, worded as for an
 * id that does not exist) and nothing of it shows in any answer; on the team, what a role may not
 * do is 403; without a token every endpoint is 401. An endpoint without a row here, or a row
 * without an endpoint, fails the test.
 *
 * <p><b>To add an endpoint</b>, add one line to {@link #API}: {@code row(METHOD, "/path",
 * "expected")}, or {@code row(METHOD, "/path", "expected", "body")} when it takes a body.
 *
 * <ul>
 *   <li><b>Path</b>: under {@code /api/v1}, its parameters named after the fixture that fills them:
 *       {@code {case}}, {@code {evidence}}, {@code {removal}}, {@code {dmcaRemoval}} (a DMCA
 *       request, sent), {@code {notice}}, {@code {person}}, {@code {deadline}}, {@code {thread}} (a
 *       secure conversation with the client) of the case being walked, {@code {newReport}} (a web
 *       address the client just reported, undecided), {@code {clientEvidence}} (a file the client
 *       sent through the portal), or {@code {newCase}}, {@code {newPerson}}, {@code {newMember}},
 *       {@code {newRemoval}}, {@code {newDeadline}}: a throwaway made for that one call (use these
 *       for DELETE and status changes, so the walk does not depend on its order). Outside a case:
 *       {@code {jurisdiction}}, {@code {statute}}, {@code {rule}}, {@code {platform}}, {@code
 *       {basis}}, {@code {otherPseudonym}}, {@code {unique}}. A new kind of id of a case needs a
 *       case in {@link Side#value} and its name in {@link #CASE_FIXTURES} (a non-numeric one also
 *       in {@link #missing}); one outside cases goes in {@link #global}. A query string may follow.
 *       Rows match the OpenAPI document by method and path; parameter names do not matter.
 *   <li><b>Expected</b>: a status per role in the order attorney, advocate, caseworker, admin,
 *       client; one code stands for the four staff roles, and one or four codes leave the client at
 *       403 (every staff route refuses a client). A row about a case has two halves, {@code "on the
 *       team | not on the team"}: attorney (lead), advocate and caseworker are on the own case's
 *       team, attorney2 alone on the other case's; admin is on neither; the demo user {@code
 *       client} is linked to the own case through the portal, not to the other. {@link #TEAM_READ},
 *       {@link #TEAM_WORK}, {@link #ADMIN_ONLY}, {@link #CLIENT_OWN} name the usual patterns.
 *   <li><b>Body</b>: a minimal valid one (placeholders work in it too); {@link #IMAGE} uploads the
 *       test image as multipart. Every refusal (403, 404) is asked again with an empty body and
 *       must stay the same: access is decided before the body is validated.
 * </ul>
 *
 * Rows are walked in the order given (the calendar feed is issued, then read, then revoked). Pages
 * and the session's file servlets are in {@link #PAGES}, in the same notation.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static final List<String> ROLES =
      List.of("attorney", "advocate", "caseworker", "admin", "client");

  /** Staff roles given one code (or four): the client's column, which every staff route refuses. */
  private static final int CLIENT_ON_STAFF_ROUTES = 403;

  /** Everyone who sees the case reads it: the team, and admin, who sees every case. */
  private static final String TEAM_READ = "200 | 404 404 404 200";

  /** The team works on it; admin sees it but does not (refused, 403). */
  private static final String TEAM_WORK = "200 200 200 403 | 404 404 404 403";

  private static final String TEAM_WORK_CREATED = "201 201 201 403 | 404 404 404 403";

  /** Attorneys and advocates of the team handle evidence itself (download, reveal, export). */
  private static final String EVIDENCE_HANDLING = "200 200 403 403 | 404 404 404 403";

  private static final String ADMIN_ONLY = "403 403 403 200";

  /**
   * Administrators' changes to shared catalogues, sent an empty body: admin passes the role check
   * and is stopped by validation (400), so the walk changes nothing others rely on.
   */
  private static final String ADMIN_ONLY_EMPTY_BODY = "403 403 403 400";

  private static final String EVERYONE = "200";

  /** The client's own case through the portal: no staff role; another case is a missing one. */
  private static final String CLIENT_OWN = "403 403 403 403 200 | 403 403 403 403 404";

  private static final String CLIENT_OWN_CREATED = "403 403 403 403 201 | 403 403 403 403 404";

  /** A multipart upload of the test image, with capture facts. */
  private static final String IMAGE = "<image>";

  private static final String NOTICE =
      "{\"values\": {\"signature\": \"/s/ Matrix Test\", \"contactDetails\":"
          + " \"matrix@ngo.example\"}, \"includeLegalName\": false}";

  private static final String NEW_REMOVAL =
      "{\"url\": \"https://www.instagram.com/p/{unique}\", \"contentKind\": \"IMAGE\","
          + " \"legalBasis\": \"TAKE_IT_DOWN\"}";

  private static final List<Row> API =
      List.of(
          // who am I, the system
          row("GET", "/me", EVERYONE),
          row("GET", "/me/time-zone", EVERYONE),
          row("PUT", "/me/time-zone", EVERYONE, "{\"timeZone\": \"UTC\"}"),
          row("GET", "/system", ADMIN_ONLY),
          row("POST", "/demo-data", ADMIN_ONLY_EMPTY_BODY), // no ?cases=: 400, nothing seeded
          // cases, team, notes, people
          row("POST", "/cases", "201 201 403 201", caseJson("Opened {unique}", "Fresh {unique}")),
          row("GET", "/cases", EVERYONE),
          row("GET", "/cases/{case}", TEAM_READ),
          row(
              "PUT",
              "/cases/{newCase}",
              "200 200 403 200 | 404 404 404 200",
              "{\"title\": \"Edited {unique}\", \"harmTypes\": [\"NON_CONSENSUAL_SHARING\"],"
                  + " \"priority\": \"NORMAL\", \"victim\": {\"pseudonym\": \"Edited {unique}\"},"
                  + " \"jurisdictions\": [\"US\"], \"status\": \"INTAKE\", \"version\":"
                  + " {version}}"),
          row("GET", "/cases/{case}/team", TEAM_READ),
          row(
              "POST",
              "/cases/{case}/team",
              "200 403 403 200 | 404 404 404 200",
              "{\"username\": \"helper1\", \"caseRole\": \"CASEWORKER\"}"),
          row("DELETE", "/cases/{case}/team/{newMember}", "200 403 403 200 | 404 404 404 200"),
          row(
              "DELETE",
              "/cases/{case}/team?username={newMember}",
              "200 403 403 200 | 404 404 404 200"),
          row("GET", "/cases/{case}/notes", TEAM_READ),
          row(
              "POST",
              "/cases/{case}/notes",
              "201 | 404 404 404 201",
              "{\"body\": \"Checked by the matrix\"}"),
          row("GET", "/cases/{case}/people", TEAM_READ),
          row(
              "POST",
              "/cases/{case}/people",
              "201 | 404 404 404 201",
              "{\"kind\": \"WITNESS\", \"name\": \"Wren Witness\"}"),
          row("DELETE", "/cases/{case}/people/{newPerson}", "204 204 403 204 | 404 404 404 204"),
          row("GET", "/conflicts?q={otherPseudonym}", EVERYONE),
          row("POST", "/conflicts", EVERYONE, "{\"queries\": [\"{otherPseudonym}\"]}"),
          // deadlines and the law library
          row("GET", "/cases/{case}/deadlines", TEAM_READ),
          row(
              "POST",
              "/cases/{case}/deadlines",
              "201 | 404 404 404 201",
              "{\"title\": \"Hearing\", \"dueDate\": \"2027-03-01\"}"),
          row("GET", "/cases/{case}/deadline-changes", TEAM_READ),
          row("GET", "/cases/{case}/law", TEAM_READ),
          row("GET", "/law/compare?jurisdiction=US-WA&jurisdiction=AU-NSW", EVERYONE),
          row("GET", "/law/compare/csv?jurisdiction=US-WA&jurisdiction=AU-NSW", EVERYONE),
          row("GET", "/law/suggestions?livesIn=US-WA&platformIn=US-CA", EVERYONE),
          row("GET", "/deadlines", EVERYONE),
          row(
              "PATCH",
              "/deadlines/{newDeadline}",
              "200 | 404 404 404 200",
              "{\"status\": \"DONE\"}"),
          row("POST", "/deadlines/{newDeadline}/reopen", "200 | 404 404 404 200"),
          // a hand-entered deadline counts from no chosen date: the team is told so (400)
          row(
              "PUT",
              "/deadlines/{deadline}/start-date",
              "400 | 404 404 404 400",
              "{\"startDate\": \"2026-11-01\"}"),
          row(
              "PUT",
              "/deadlines/{newDeadline}/shared-with-client",
              "200 | 404 404 404 200",
              "{\"shared\": true}"),
          row("POST", "/calendar-feed", EVERYONE),
          row("GET", "/calendar-feed", EVERYONE),
          row("DELETE", "/calendar-feed", "204"),
          row("POST", "/reminders/run", ADMIN_ONLY),
          row("GET", "/jurisdictions", EVERYONE),
          row("POST", "/jurisdictions", ADMIN_ONLY_EMPTY_BODY, "{}"),
          row("PUT", "/jurisdictions/{jurisdiction}", ADMIN_ONLY_EMPTY_BODY, "{}"),
          row("GET", "/jurisdictions/{jurisdiction}/history", ADMIN_ONLY),
          row("GET", "/statutes", EVERYONE),
          row("POST", "/statutes?jurisdiction={jurisdiction}", ADMIN_ONLY_EMPTY_BODY, "{}"),
          row("PUT", "/statutes/{statute}", ADMIN_ONLY_EMPTY_BODY, "{}"),
          row("GET", "/statutes/{statute}/history", ADMIN_ONLY),
          row("POST", "/statutes/{statute}/rules", ADMIN_ONLY_EMPTY_BODY, "{}"),
          row("PUT", "/rules/{rule}", ADMIN_ONLY_EMPTY_BODY, "{}"),
          row("GET", "/rules/{rule}/history", ADMIN_ONLY),
          row("GET", "/law/library", ADMIN_ONLY),
          row("POST", "/law/library/dry-run", ADMIN_ONLY_EMPTY_BODY, "{}"),
          row("POST", "/law/library/import", ADMIN_ONLY_EMPTY_BODY, "{}"),
          // anchored logs (the test server's development TSA stamps the anchor)
          row("GET", "/anchors", ADMIN_ONLY),
          row("POST", "/anchors", ADMIN_ONLY, "{}"),
          row("POST", "/anchors/verify", ADMIN_ONLY, "{}"),
          // evidence
          row("POST", "/cases/{case}/evidence", TEAM_WORK_CREATED, IMAGE),
          row("GET", "/cases/{case}/evidence", TEAM_READ),
          row(
              "POST",
              "/cases/{case}/evidence-export",
              EVIDENCE_HANDLING,
              "{\"purpose\": \"Access matrix\"}"),
          row("GET", "/evidence/{evidence}", TEAM_READ),
          row("GET", "/evidence/{evidence}/content", EVIDENCE_HANDLING),
          row("GET", "/evidence/{evidence}/preview", TEAM_READ),
          row("GET", "/evidence/{evidence}/preview?reveal=true", EVIDENCE_HANDLING),
          row("GET", "/evidence/{evidence}/custody", TEAM_READ),
          // The walk's item is an image, which has no frames: 409 to those who see it, 404 to
          // those who do not. A video's frames to those who see it: VideoEvidenceIT.
          row("GET", "/evidence/{evidence}/frames", "409 | 404 404 404 409"),
          row("POST", "/evidence/{evidence}/verify", TEAM_READ),
          // Stamped by the test server's development TSA long before the walk reaches this row.
          row("GET", "/evidence/{evidence}/timestamp", TEAM_READ),
          row("GET", "/evidence/{evidence}/matches", TEAM_READ),
          row("POST", "/evidence/matches", EVERYONE, IMAGE),
          // web captures (the address refuses connections: the job fails at once, fetching nothing)
          row(
              "POST",
              "/cases/{case}/captures",
              "202 202 202 403 | 404 404 404 403",
              "{\"url\": \"http://127.0.0.1:9/matrix\"}"),
          row("GET", "/cases/{case}/captures", TEAM_READ),
          row("GET", "/cases/{case}/captures/text?q=matrix", EVIDENCE_HANDLING),
          row("GET", "/captures/{capture}", TEAM_READ),
          // removal requests
          row("GET", "/cases/{case}/removals", TEAM_READ),
          row("POST", "/cases/{case}/removals", TEAM_WORK_CREATED, NEW_REMOVAL),
          row(
              "POST",
              "/cases/{case}/removals/bulk",
              TEAM_WORK,
              "{\"urls\": \"https://www.instagram.com/p/{unique}\", \"contentKind\": \"IMAGE\","
                  + " \"legalBasis\": \"TAKE_IT_DOWN\"}"),
          row("GET", "/cases/{case}/removals/clock-statutes", TEAM_READ),
          row("GET", "/removals/{removal}", TEAM_READ),
          row("PUT", "/removals/{removal}/clock", TEAM_WORK, "{\"statuteId\": null}"),
          row("POST", "/removals/{newRemoval}/status", TEAM_WORK, "{\"status\": \"SUBMITTED\"}"),
          row("POST", "/removals/{dmcaRemoval}/counter-notice", TEAM_WORK, "{}"),
          row(
              "PUT",
              "/removals/{removal}/follow-up",
              TEAM_WORK,
              "{\"followUpDate\": \"2027-06-01\"}"),
          row("PUT", "/removals/{removal}/evidence", TEAM_WORK, "[\"{evidence}\"]"),
          row("PUT", "/removals/{removal}/watch", TEAM_WORK, "{\"watched\": false}"),
          row("POST", "/removals/{removal}/dismiss-reupload", TEAM_WORK),
          row("POST", "/removals/{removal}/notice-preview", TEAM_READ, NOTICE),
          row("POST", "/removals/{removal}/notices", TEAM_WORK_CREATED, NOTICE),
          row("GET", "/removals/{removal}/notices", TEAM_READ),
          row("GET", "/removals/notices/{notice}/pdf", TEAM_READ),
          row("GET", "/removals/reuploads", EVERYONE),
          row("POST", "/removals/checks/run", ADMIN_ONLY),
          row("GET", "/platforms", EVERYONE),
          row("PUT", "/platforms/{platform}", ADMIN_ONLY_EMPTY_BODY, "{}"),
          row("GET", "/notice-templates/{basis}", EVERYONE),
          row("PUT", "/notice-templates/{basis}", ADMIN_ONLY_EMPTY_BODY, "{}"),
          row("GET", "/removal-statistics", EVERYONE),
          row("GET", "/removal-statistics/csv", EVERYONE),
          // Trust: history, access log, security policy, retention, purge, client data export.
          row("GET", "/cases/{case}/history", TEAM_READ),
          row("GET", "/access-log", ADMIN_ONLY),
          row("GET", "/access-log/csv", ADMIN_ONLY),
          row("POST", "/access-log/verify", ADMIN_ONLY),
          row("GET", "/system/security-policy", ADMIN_ONLY),
          row("PUT", "/system/security-policy", ADMIN_ONLY_EMPTY_BODY, "{}"),
          row("GET", "/retention/due", ADMIN_ONLY),
          row("GET", "/retention/settings", ADMIN_ONLY),
          row("PUT", "/retention/settings", ADMIN_ONLY_EMPTY_BODY, "{}"),
          row("POST", "/cases/{case}/purge", ADMIN_ONLY_EMPTY_BODY, "{}"), // open case: no purge
          row("GET", "/cases/{case}/victim-export", EVIDENCE_HANDLING),
          row("POST", "/cases/{case}/victim-export", EVIDENCE_HANDLING),
          // the client portal: the team's side, then the client's own
          row("GET", "/cases/{case}/portal/access", TEAM_READ),
          row(
              "PUT",
              "/cases/{case}/portal/access",
              "200 403 403 200 | 404 404 404 200",
              "{\"username\": \"portal-{unique}\"}"),
          // both cases have a portal user by now (the row above): a second one is refused (409)
          row("POST", "/cases/{case}/portal/invitation", "409 403 403 409 | 404 404 404 409"),
          row(
              "POST",
              "/cases/{case}/portal/invitation/mail",
              "409 403 403 409 | 404 404 404 409",
              "{\"email\": \"m-{unique}@example.org\", \"confirmedSafe\": true}"),
          // unchanged for the own case's client (200); the other case has no user "client" (400)
          row(
              "PUT",
              "/cases/{case}/portal/access/enabled",
              "200 403 403 200 | 404 404 404 400",
              "{\"username\": \"client\", \"enabled\": true}"),
          row("GET", "/cases/{case}/portal/incidents", TEAM_READ),
          row("GET", "/cases/{case}/portal/reports", TEAM_READ),
          row("GET", "/portal/cases", "403 403 403 403 200"),
          row("GET", "/portal/cases/{case}/status", CLIENT_OWN),
          row("GET", "/portal/cases/{case}/dates", CLIENT_OWN),
          row(
              "POST",
              "/portal/cases/{case}/incidents",
              CLIENT_OWN_CREATED,
              "{\"occurredAt\": \"2026-11-20T14:05:00Z\", \"what\": \"Matrix {unique}\"}"),
          row("GET", "/portal/cases/{case}/incidents", CLIENT_OWN),
          row(
              "POST",
              "/portal/cases/{case}/reports",
              CLIENT_OWN_CREATED,
              "{\"url\": \"https://social.example/p/{unique}\", \"note\": \"Matrix\"}"),
          row("GET", "/portal/cases/{case}/reports", CLIENT_OWN),
          // the team's decision on a reported address: those who add removal requests decide
          row(
              "POST",
              "/cases/{case}/portal/reports/{newReport}/accept",
              TEAM_WORK,
              "{\"contentKind\": \"IMAGE\", \"legalBasis\": \"TAKE_IT_DOWN\"}"),
          row(
              "POST",
              "/cases/{case}/portal/reports/{newReport}/dismiss",
              TEAM_WORK,
              "{\"reason\": \"Matrix\"}"),
          // secure messages: the client's words are for the case team only (admin sees no identity)
          row("GET", "/cases/{case}/portal/messages", TEAM_WORK),
          row(
              "POST",
              "/cases/{case}/portal/messages",
              TEAM_WORK_CREATED,
              "{\"subject\": \"Matrix {unique}\", \"body\": \"Hello\"}"),
          row(
              "POST",
              "/cases/{case}/portal/messages/{thread}",
              TEAM_WORK_CREATED,
              "{\"body\": \"Answer\"}"),
          row("POST", "/cases/{case}/portal/messages/{thread}/read", TEAM_WORK),
          row("GET", "/portal/cases/{case}/messages", CLIENT_OWN),
          row(
              "POST",
              "/portal/cases/{case}/messages",
              CLIENT_OWN_CREATED,
              "{\"subject\": \"Matrix {unique}\", \"body\": \"Hello\"}"),
          row(
              "POST",
              "/portal/cases/{case}/messages/{thread}",
              CLIENT_OWN_CREATED,
              "{\"body\": \"Answer\"}"),
          row("POST", "/portal/cases/{case}/messages/{thread}/read", CLIENT_OWN),
          // the client's own data export (a fresh token: the recent-login rule is PortalExportIT's)
          row("GET", "/portal/cases/{case}/export", CLIENT_OWN),
          // files the client sends the team, listed back with blurred previews only
          row("POST", "/portal/cases/{case}/evidence", CLIENT_OWN_CREATED, IMAGE),
          row("GET", "/portal/cases/{case}/evidence", CLIENT_OWN),
          row("GET", "/portal/cases/{case}/evidence/{clientEvidence}/preview", CLIENT_OWN),
          // the client's language, kept with their portal account
          row("GET", "/portal/language", "403 403 403 403 200"),
          row("PUT", "/portal/language", "403 403 403 403 200", "{\"language\": \"en\"}"),
          row("GET", "/portal/notifications", "403 403 403 403 200"),
          row("PUT", "/portal/notifications", "403 403 403 403 200", "{\"email\": null}"));

  /**
   * Pages (shown in the browser: 403 is the "Not allowed" page, 404 the "Not found" page) and the
   * session's file servlets, under the application's root.
   */
  private static final List<Row> PAGES =
      List.of(
          page("", "200 200 200 200 200"), // the dashboard; a client is sent to the portal
          page("cases/list.xhtml", EVERYONE),
          page("profile.xhtml", EVERYONE),
          page("cases/intake.xhtml", "200 200 403 200"),
          page("case/{case}", TEAM_READ),
          page("cases/case.xhtml?id={case}", TEAM_READ),
          page("deadlines/calendar.xhtml", EVERYONE),
          page("law/compare.xhtml", EVERYONE),
          page("removals/statistics.xhtml", EVERYONE),
          page("admin/index.xhtml", ADMIN_ONLY),
          page("admin/law.xhtml", ADMIN_ONLY),
          page("admin/removals.xhtml", ADMIN_ONLY),
          page("admin/retention.xhtml", ADMIN_ONLY),
          page("admin/access-log.xhtml", ADMIN_ONLY),
          page("evidence-files/{evidence}/preview", TEAM_READ),
          page("evidence-files/{evidence}/preview?reveal=1", EVIDENCE_HANDLING),
          page("evidence-files/{evidence}/content", EVIDENCE_HANDLING),
          page("notice-files/{notice}.pdf", TEAM_READ),
          page("portal/index.xhtml", "403 403 403 403 200"),
          page("portal/files/{clientEvidence}/preview", CLIENT_OWN));

  /** One endpoint or page, how to call it, and what each role gets. */
  private record Row(String method, String path, String expected, String body) {}

  private static Row row(String method, String path, String expected) {
    return new Row(method, path, expected, null);
  }

  private static Row row(String method, String path, String expected, String body) {
    return new Row(method, path, expected, body);
  }

  private static Row page(String path, String expected) {
    return new Row("GET", path, expected, null);
  }

  private static final Set<String> CASE_FIXTURES =
      Set.of(
          "case",
          "newCase",
          "evidence",
          "capture",
          "removal",
          "dmcaRemoval",
          "newRemoval",
          "notice",
          "person",
          "newPerson",
          "newMember",
          "deadline",
          "newDeadline",
          "thread",
          "newReport",
          "clientEvidence");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

  private static final Map<String, String> FACTS =
      Map.of(
          "sourceUrl", "https://social.example/p/matrix",
          "capturedAt", "2026-11-20T14:05:00Z",
          "capturedBy", "advocate",
          "method", "SCREENSHOT");

  private static final byte[] IMAGE_BYTES = TestMedia.bytes(Fixture.PHOTO_JPEG);

  /** The case of the walking roles' team, and the case of attorney2's team. */
  private static Side own;

  private static Side other;

  private static final Map<String, String> GLOBALS = new HashMap<>();

  @BeforeAll
  static void twoTeamsWithACaseEach() {
    own = Side.open("own", "attorney", List.of("advocate:ADVOCATE", "caseworker:CASEWORKER"));
    other = Side.open("other", "attorney2", List.of());
    answered(
        200,
        client("admin")
            .put("cases/" + own.caseId + "/portal/access", "{\"username\": \"client\"}"));
    ApiClient admin = client("admin");
    JsonObject statute =
        admin.get("statutes?jurisdiction=US").jsonArray().getValuesAs(JsonObject.class).stream()
            .filter(s -> !s.getJsonArray("rules").isEmpty())
            .findFirst()
            .orElseThrow();
    GLOBALS.put("jurisdiction", "US");
    GLOBALS.put("statute", String.valueOf(statute.getJsonNumber("id").longValue()));
    GLOBALS.put(
        "rule",
        String.valueOf(
            statute.getJsonArray("rules").getJsonObject(0).getJsonNumber("id").longValue()));
    GLOBALS.put(
        "platform",
        String.valueOf(
            admin.get("platforms").jsonArray().getJsonObject(0).getJsonNumber("id").longValue()));
    GLOBALS.put("basis", "TAKE_IT_DOWN");
    GLOBALS.put("otherPseudonym", other.pseudonym);
  }

  @Test
  void everyEndpointOfTheApiHasARowAndEveryRowAnEndpoint() {
    Reply reply = ApiClient.getAbsolute(TestEnvironment.serverUrl() + "openapi?format=JSON");
    assertEquals(200, reply.status(), reply.body());
    Map<String, String> documented = new HashMap<>();
    try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
      JsonObject paths = reader.readObject().getJsonObject("paths");
      for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
        int api = path.getKey().indexOf("/api/v1/");
        String under = api < 0 ? path.getKey() : path.getKey().substring(api + "/api/v1".length());
        for (String method : path.getValue().asJsonObject().keySet()) {
          if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
            String shown = method.toUpperCase() + " " + under;
            documented.put(operation(method, under), shown);
          }
        }
      }
    }
    assertTrue(documented.size() > 30, "the OpenAPI document lists the API: " + documented);
    Set<String> rows = new LinkedHashSet<>();
    for (Row row : API) {
      rows.add(operation(row.method(), row.path()));
    }
    List<String> problems = new ArrayList<>();
    documented.keySet().stream()
        .sorted()
        .filter(op -> !rows.contains(op))
        .forEach(op -> problems.add("no matrix row for " + documented.get(op)));
    rows.stream()
        .filter(op -> !documented.containsKey(op))
        .forEach(op -> problems.add("matrix row for " + op + " has no endpoint any more"));
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void everyRoleGetsWhatTheMatrixSaysFromEveryEndpoint() {
    List<String> mismatches = new ArrayList<>();
    for (Row row : API) {
      int[][] expected = expected(row);
      for (Side side : sidesOf(row)) {
        for (int r = 0; r < ROLES.size(); r++) {
          String role = ROLES.get(r);
          int want = expected[side == other ? 1 : 0][r];
          Map<String, String> call = new HashMap<>();
          String path = fill(row.path(), side, call);
          String where = role + " " + row.method() + " " + row.path() + describe(side);
          Reply reply = send(client(role), row.method(), path, body(row, side, call));
          if (reply.status() != want) {
            mismatches.add(where + ": expected " + want + ", got " + shortly(reply));
          }
          if (!role.equals("admin")) {
            leak(reply.body()).ifPresent(leak -> mismatches.add(where + ": shows " + leak));
          } else {
            String text = path.endsWith("/pdf") ? pdfText(client(role), path) : reply.body();
            identityLeak(text).ifPresent(leak -> mismatches.add(where + ": shows " + leak));
          }
          if (side == other && want == 404) {
            String body = body(row, side, call);
            Reply missing = send(client(role), row.method(), missing(row.path()), body);
            if (!problem(missing).equals(problem(reply))) {
              mismatches.add(
                  where
                      + ": answers unlike a missing id: "
                      + problem(reply)
                      + " instead of "
                      + problem(missing));
            }
          }
          if ((want == 403 || want == 404) && row.body() != null) {
            Reply empty = send(client(role), row.method(), path, emptyBody(row));
            if (empty.status() != want) {
              mismatches.add(
                  where + " with an empty body: expected " + want + ", got " + shortly(empty));
            }
          }
        }
      }
    }
    assertTrue(
        mismatches.isEmpty(),
        mismatches.size() + " cells differ from the matrix:\n" + String.join("\n", mismatches));
  }

  @Test
  void noPersonalCalendarFeedCarriesTheVictimsIdentity() {
    List<String> leaks = new ArrayList<>();
    for (String role : List.of("attorney", "advocate", "caseworker", "admin", "attorney2")) {
      ApiClient client = client(role);
      Reply issued = client.post("calendar-feed", "");
      assertEquals(200, issued.status(), issued.body());
      Reply feed = ApiClient.getAbsolute(issued.json().getString("url"));
      assertEquals(200, feed.status(), feed.body());
      // Long iCalendar lines are folded (RFC 5545 §3.1); unfold before reading.
      String text = feed.body().replace("\r\n ", "").replace("\r\n\t", "");
      identityLeak(text).ifPresent(leak -> leaks.add(role + "'s feed shows " + leak));
      if (!role.equals("admin")) {
        Side mine = role.equals("attorney2") ? other : own;
        if (!text.contains(mine.number + ": Limitation period")) {
          leaks.add(role + "'s feed lacks the case's Illinois deadline: " + text);
        }
      }
      assertEquals(204, client.delete("calendar-feed").status());
    }
    assertTrue(leaks.isEmpty(), String.join("\n", leaks));
  }

  @Test
  void withoutATokenEveryEndpointIsUnauthorized() {
    ApiClient anonymous = ApiClient.anonymous();
    List<String> answered = new ArrayList<>();
    for (Row row : API) {
      Side side = sidesOf(row).get(0);
      Map<String, String> call = new HashMap<>();
      String path = fill(row.path(), side, call);
      Reply reply = send(anonymous, row.method(), path, body(row, side, call));
      if (reply.status() != 401) {
        answered.add(row.method() + " " + row.path() + ": " + shortly(reply));
      }
    }
    assertTrue(answered.isEmpty(), "answered without a token:\n" + String.join("\n", answered));
  }

  @Test
  void everyRoleSeesThePagesTheMatrixSaysAndNothingOfAnotherTeamsCase() {
    List<String> mismatches = new ArrayList<>();
    for (int r = 0; r < ROLES.size(); r++) {
      String role = ROLES.get(r);
      try (Browser browser = Browser.open()) {
        browser.openAs("", role);
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        for (Row page : PAGES) {
          int[][] expected = expected(page);
          for (Side side : sidesOf(page)) {
            int want = expected[side == other ? 1 : 0][r];
            String url = TestEnvironment.appUrl() + fill(page.path(), side, new HashMap<>());
            String where = role + " " + page.path() + describe(side);
            Fetched fetched = fetch(browser, url);
            if (fetched.status() != want) {
              mismatches.add(where + ": expected " + want + ", got " + fetched.status());
            }
            if (!role.equals("admin")) {
              leak(fetched.text()).ifPresent(leak -> mismatches.add(where + ": shows " + leak));
            }
            if (fetched.contentType().startsWith("text/html")) {
              browser.open(url);
              int shown = shownStatus(browser);
              if (shown != want) {
                mismatches.add(where + ": the browser shows " + shown + " instead of " + want);
              }
              if (!role.equals("admin")) {
                leak(browser.driver().getPageSource())
                    .ifPresent(leak -> mismatches.add(where + " in the browser: shows " + leak));
              } else {
                identityLeak(browser.driver().getPageSource())
                    .ifPresent(leak -> mismatches.add(where + " in the browser: shows " + leak));
              }
              if (want == 200 && side != null && !browser.visibleText().contains(side.number)) {
                mismatches.add(where + ": does not show the case " + side.number);
              }
            }
          }
        }
      }
    }
    assertTrue(
        mismatches.isEmpty(),
        mismatches.size() + " pages differ from the matrix:\n" + String.join("\n", mismatches));
  }

  // ---- the matrix notation ----

  /** Expected statuses: [0] on the team's case, [1] on the other team's; by role in ROLES order. */
  private static int[][] expected(Row row) {
    String[] halves = row.expected().split("\\|");
    if (halves.length > 2) {
      throw new IllegalArgumentException("At most two halves: " + row);
    }
    int[] onTeam = codes(halves[0], row);
    return new int[][] {onTeam, halves.length == 2 ? codes(halves[1], row) : onTeam};
  }

  private static int[] codes(String half, Row row) {
    String[] parts = half.strip().split("\\s+");
    int staff = ROLES.size() - 1;
    if (parts.length != 1 && parts.length != staff && parts.length != ROLES.size()) {
      throw new IllegalArgumentException(
          "One code, one per staff role or one per role " + ROLES + ": " + row);
    }
    int[] codes = new int[ROLES.size()];
    for (int i = 0; i < staff; i++) {
      codes[i] = Integer.parseInt(parts[parts.length == 1 ? 0 : i]);
    }
    codes[staff] =
        parts.length == ROLES.size() ? Integer.parseInt(parts[staff]) : CLIENT_ON_STAFF_ROUTES;
    return codes;
  }

  /** A row about a case is walked on both cases; any other row once. */
  private static List<Side> sidesOf(Row row) {
    Matcher m = PLACEHOLDER.matcher(row.path());
    while (m.find()) {
      if (CASE_FIXTURES.contains(m.group(1))) {
        return List.of(own, other);
      }
    }
    return java.util.Collections.singletonList(null);
  }

  private static String describe(Side side) {
    return side == null ? "" : side == own ? " (own team's case)" : " (another team's case)";
  }

  /** Method and path with the parameters' names and any query left out. */
  private static String operation(String method, String path) {
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    bare = bare.replaceAll("\\{[^}]*\\}", "{}");
    if (bare.length() > 1 && bare.endsWith("/")) {
      bare = bare.substring(0, bare.length() - 1);
    }
    return method.toUpperCase() + " " + bare;
  }

  /** Replaces each {placeholder} by its fixture; one call keeps the values it made. */
  private static String fill(String template, Side side, Map<String, String> call) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = call.get(name);
      if (value == null && side != null) {
        value = side.value(name, call);
      }
      if (value == null) {
        value = global(name);
      }
      if (value == null) {
        throw new IllegalStateException("No fixture for {" + name + "} in " + template);
      }
      call.put(name, value);
      m.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    m.appendTail(filled);
    return filled.toString();
  }

  private static String global(String name) {
    return name.equals("unique") ? UUID.randomUUID().toString().substring(0, 8) : GLOBALS.get(name);
  }

  private static String body(Row row, Side side, Map<String, String> call) {
    return row.body() == null || row.body().equals(IMAGE)
        ? row.body()
        : fill(row.body(), side, call);
  }

  /** A body that is not valid for the endpoint, of the right shape. */
  private static String emptyBody(Row row) {
    if (row.body().equals(IMAGE)) {
      return "<no file>";
    }
    return row.body().startsWith("[") ? "[\"no-such-id\"]" : "{}";
  }

  private static Reply send(ApiClient client, String method, String path, String body) {
    String under = path.substring(1);
    if (IMAGE.equals(body)) {
      return client.multipart(under, FACTS, "matrix.jpg", IMAGE_BYTES);
    }
    if ("<no file>".equals(body)) {
      return client.multipart(under, Map.of(), null, null);
    }
    return client.send(
        method,
        under,
        "application/json",
        body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  /** The path with every id of a case replaced by one that does not exist. */
  private static String missing(String template) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value =
          switch (name) {
            case "evidence", "clientEvidence" -> "00000000-0000-4000-8000-000000000000";
            case "newMember" -> "nobody";
            default -> CASE_FIXTURES.contains(name) ? "987654321" : global(name);
          };
      m.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    m.appendTail(filled);
    return filled.toString();
  }

  /** Status and detail of a problem document, to compare two refusals. */
  private static String problem(Reply reply) {
    if (!reply.contentType().startsWith("application/problem+json")) {
      return reply.status() + " " + reply.contentType();
    }
    return reply.status() + " \"" + reply.json().getString("detail", "") + "\"";
  }

  private static String shortly(Reply reply) {
    String body = reply.contentType().contains("json") ? reply.body() : reply.contentType();
    return reply.status() + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
  }

  /**
   * What of the victims' identity an answer to an administrator (on neither team) shows, if
   * anything: a legal name (a sent notice names it), the date of birth, or the 18th birthday that
   * gives it away (a deadline's explanation).
   */
  private static Optional<String> identityLeak(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (Side side : List.of(own, other)) {
      if (text.contains("Synthia " + side.pseudonym)) {
        return Optional.of("the legal name of a victim (" + side.tag + ")");
      }
    }
    if (text.contains(DATE_OF_BIRTH) || text.contains(EIGHTEENTH_BIRTHDAY)) {
      return Optional.of("a victim's date of birth or 18th birthday");
    }
    return Optional.empty();
  }

  /** The text of a PDF answer; an answer that is no PDF is taken as it is. */
  private static String pdfText(ApiClient client, String path) {
    ApiClient.BinaryReply pdf = client.getBytes(path.substring(1));
    if (pdf.status() != 200) {
      return new String(pdf.body(), StandardCharsets.UTF_8);
    }
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What of the other team's case an answer shows, if anything. */
  private static Optional<String> leak(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (text.contains(other.tag)) {
      return Optional.of("data of another team's case (" + other.tag + ")");
    }
    if (text.contains(other.number)) {
      return Optional.of("another team's case number " + other.number);
    }
    if (text.contains(other.evidenceId)) {
      return Optional.of("another team's evidence " + other.evidenceId);
    }
    return Optional.empty();
  }

  // ---- browser ----

  private record Fetched(int status, String contentType, String text) {}

  /** Status, type and text of a GET from inside the signed-in browser session. */
  private static Fetched fetch(Browser browser, String url) {
    Object result =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin',"
                    + " headers: {'Accept': 'text/html,*/*'}})"
                    + ".then(r => r.text().then(t =>"
                    + " done([r.status, r.headers.get('content-type') || '', t])))"
                    + ".catch(e => done([0, '', String(e)]));",
                url);
    List<?> answer = (List<?>) result;
    return new Fetched(
        ((Number) answer.get(0)).intValue(), (String) answer.get(1), (String) answer.get(2));
  }

  /** What the page in the browser says: refused (403), not found (404), failed (500) or shown. */
  private static int shownStatus(Browser browser) {
    String title = browser.text(By.id("page-title"));
    return switch (title) {
      case "Not allowed" -> 403;
      case "Not found" -> 404;
      case "Something went wrong" -> 500;
      default -> 200;
    };
  }

  // ---- users and fixtures ----

  private record Token(ApiClient client, Instant issued) {}

  private static final Map<String, Token> TOKENS = new HashMap<>();

  /** A signed-in client per user, renewed before its access token (5 minutes) runs out. */
  private static ApiClient client(String user) {
    Token token = TOKENS.get(user);
    if (token == null || token.issued().isBefore(Instant.now().minusSeconds(200))) {
      token = new Token(ApiClient.as(user), Instant.now());
      TOKENS.put(user, token);
    }
    return token.client();
  }

  /**
   * A case of a minor in Illinois, whose limitation period waits for the 18th birthday: its
   * explanation could give away the date of birth.
   */
  private static String caseJson(String title, String pseudonym) {
    return ("{\"title\": \"%s\", \"harmTypes\": [\"NON_CONSENSUAL_SHARING\"],"
            + " \"victim\": {\"pseudonym\": \"%s\", \"legalName\": \"Synthia %s\","
            + " \"dateOfBirth\": \"%s\"}, \"discoveryDate\": \"2024-02-10\","
            + " \"jurisdictions\": [\"US\", \"US-IL\"]}")
        .formatted(title, pseudonym, pseudonym, DATE_OF_BIRTH);
  }

  /** The victims' date of birth (a minor's) and the 18th birthday that would give it away. */
  private static final String DATE_OF_BIRTH = "2010-05-15";

  private static final String EIGHTEENTH_BIRTHDAY = "2028-05-15";

  private static JsonObject created(int status, Reply reply) {
    return answered(status, reply).json();
  }

  private static Reply answered(int status, Reply reply) {
    assertEquals(status, reply.status(), reply.body());
    return reply;
  }

  private static String id(JsonObject json) {
    return json.get("id").toString().replace("\"", "");
  }

  /**
   * A case with one of everything, made through the API by its lead attorney. Everything of it that
   * is text carries its tag, so an answer that shows any of it is easy to spot.
   */
  private static final class Side {
    final String lead;
    final List<String> members;
    final String tag;
    final String title;
    final String pseudonym;
    String caseId;
    String number;
    String evidenceId;
    String captureId;
    String removalId;
    String dmcaRemovalId;
    String noticeId;
    String personId;
    String deadlineId;
    String threadId;
    String clientEvidenceId;

    private Side(String label, String lead, List<String> members) {
      this.lead = lead;
      this.members = members;
      this.tag = label + "-" + UUID.randomUUID().toString().substring(0, 8);
      this.title = "Matrix " + tag;
      this.pseudonym = "Client-" + tag;
    }

    static Side open(String label, String lead, List<String> members) {
      Side side = new Side(label, lead, members);
      JsonObject opened = side.newCase(side.title, side.pseudonym);
      side.caseId = id(opened);
      side.number = opened.getString("number");
      ApiClient client = client(lead);
      String path = "cases/" + side.caseId;
      created(201, client.post(path + "/notes", "{\"body\": \"Note " + side.tag + "\"}"));
      side.personId =
          id(
              created(
                  201,
                  client.post(
                      path + "/people",
                      "{\"kind\": \"RESPONDENT\", \"name\": \"Respondent " + side.tag + "\"}")));
      side.deadlineId =
          id(
              created(
                  201,
                  client.post(
                      path + "/deadlines",
                      "{\"title\": \"Hearing " + side.tag + "\", \"dueDate\": \"2027-02-01\"}")));
      side.evidenceId =
          id(created(201, client.multipart(path + "/evidence", FACTS, "matrix.jpg", IMAGE_BYTES)));
      side.captureId =
          id(
              created(
                  202,
                  client.post(
                      path + "/captures", "{\"url\": \"http://127.0.0.1:9/" + side.tag + "\"}")));
      side.removalId =
          id(
              created(
                  201,
                  client.post(
                      path + "/removals", NEW_REMOVAL.replace("{unique}", "p-" + side.tag))));
      side.noticeId =
          id(
              created(
                  201,
                  client.post(
                      "removals/" + side.removalId + "/notices", NOTICE.replace("false", "true"))));
      side.dmcaRemovalId =
          id(
              created(
                  201,
                  client.post(
                      path + "/removals",
                      "{\"url\": \"https://onlyfans.com/"
                          + side.tag
                          + "/photo/1\", \"contentKind\": \"IMAGE\", \"legalBasis\": \"DMCA\"}")));
      created(
          200,
          client.post("removals/" + side.dmcaRemovalId + "/status", "{\"status\": \"SUBMITTED\"}"));
      side.threadId =
          id(
              created(
                  201,
                  client.post(
                      path + "/portal/messages",
                      "{\"subject\": \"Thread " + side.tag + "\", \"body\": \"Hello\"}")));
      return side;
    }

    /**
     * A web address the client reported on this case, still undecided. Only the own case has a
     * client who can sign in; the other case's is a missing id, which is never read: access to that
     * case is refused before the report is looked up.
     */
    private String newReport(String fresh) {
      if (this != own) {
        return "987654321";
      }
      return id(
          created(
              201,
              client("client")
                  .post(
                      "portal/cases/" + caseId + "/reports",
                      "{\"url\": \"https://www.instagram.com/p/" + fresh + "\"}")));
    }

    /**
     * A file the client sent through the portal to this case, made once. Only the own case has a
     * client who can sign in; the other case's is a missing id, never read: access to that case is
     * refused before the file is looked up.
     */
    private String clientEvidence() {
      if (this != own) {
        return "00000000-0000-4000-8000-000000000000";
      }
      if (clientEvidenceId == null) {
        clientEvidenceId =
            id(
                created(
                    201,
                    client("client")
                        .multipart(
                            "portal/cases/" + caseId + "/evidence",
                            Map.of("description", "Sent " + tag),
                            "client.jpg",
                            IMAGE_BYTES)));
      }
      return clientEvidenceId;
    }

    /** A new case of this side's team. */
    private JsonObject newCase(String caseTitle, String casePseudonym) {
      ApiClient client = client(lead);
      JsonObject opened = created(201, client.post("cases", caseJson(caseTitle, casePseudonym)));
      for (String member : members) {
        String[] nameAndRole = member.split(":");
        answered(
            200,
            client.post(
                "cases/" + id(opened) + "/team",
                "{\"username\": \"%s\", \"caseRole\": \"%s\"}"
                    .formatted(nameAndRole[0], nameAndRole[1])));
      }
      return opened;
    }

    /** The fixture a placeholder names, or a fresh throwaway for the {new…} ones. */
    String value(String name, Map<String, String> call) {
      ApiClient client = client(lead);
      String path = "cases/" + caseId;
      String fresh = tag + "-" + UUID.randomUUID().toString().substring(0, 6);
      return switch (name) {
        case "case" -> caseId;
        case "evidence" -> evidenceId;
        case "capture" -> captureId;
        case "removal" -> removalId;
        case "dmcaRemoval" -> dmcaRemovalId;
        case "notice" -> noticeId;
        case "person" -> personId;
        case "deadline" -> deadlineId;
        case "thread" -> threadId;
        case "newCase" -> {
          String id = id(newCase("Case " + fresh, "Client-" + fresh));
          JsonObject current = created(200, client.get("cases/" + id));
          call.put("version", String.valueOf(current.getJsonNumber("version").longValue()));
          yield id;
        }
        case "newPerson" ->
            id(
                created(
                    201,
                    client.post(
                        path + "/people",
                        "{\"kind\": \"WITNESS\", \"name\": \"Witness " + fresh + "\"}")));
        case "newMember" -> {
          answered(
              200,
              client.post(
                  path + "/team", "{\"username\": \"helper2\", \"caseRole\": \"CASEWORKER\"}"));
          yield "helper2";
        }
        case "newRemoval" ->
            id(
                created(
                    201, client.post(path + "/removals", NEW_REMOVAL.replace("{unique}", fresh))));
        case "newReport" -> newReport(fresh);
        case "clientEvidence" -> clientEvidence();
        case "newDeadline" ->
            id(
                created(
                    201,
                    client.post(
                        path + "/deadlines",
                        "{\"title\": \"Task " + fresh + "\", \"dueDate\": \"2027-02-02\"}")));
        default -> null;
      };
    }
  }
}
