package org.recourse.it.removals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.BinaryReply;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Deployments;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/** Removal requests through the API: platforms, workflow, clocks, notices, bulk, the watcher. */
@ExtendWith(ArquillianExtension.class)
class RemovalApiIT {

  private static final String NOTICE_VALUES =
      """
      {"values": {"signature": "/s/ Advocate Example", "contactDetails": "advocate@ngo.example"},
       "includeLegalName": %s}
      """;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static long newCase(ApiClient attorney) {
    return attorney
        .post(
            "cases",
            """
            {"title": "Removal case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
             "victim": {"pseudonym": "Removal client", "legalName": "Synthetic Legalname"},
             "jurisdictions": ["US"]}
            """)
        .json()
        .getJsonNumber("id")
        .longValue();
  }

  private static JsonObject create(ApiClient client, long caseId, String url, String basis) {
    Reply reply =
        client.post(
            "cases/" + caseId + "/removals",
            Json.createObjectBuilder()
                .add("url", url)
                .add("contentKind", "IMAGE")
                .add("legalBasis", basis)
                .build()
                .toString());
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }

  private static JsonObject status(ApiClient client, long id, String status, String at) {
    Reply reply =
        client.post(
            "removals/" + id + "/status",
            "{\"status\": \""
                + status
                + "\""
                + (at == null ? "" : ", \"at\": \"" + at + "\"")
                + "}");
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  @Test
  void thePlatformCatalogueIsSeededWithHostsAndBases() {
    JsonArray platforms = ApiClient.as("caseworker").get("platforms").jsonArray();
    assertEquals(14, platforms.size());
    JsonObject x =
        platforms.getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("code").equals("x"))
            .findFirst()
            .orElseThrow();
    assertTrue(x.getJsonArray("hosts").toString().contains("twitter.com"));
    assertTrue(x.getJsonArray("bases").toString().contains("TAKE_IT_DOWN"));
    assertTrue(platforms.toString().contains("\"otherHost\":true"));
  }

  @Test
  void aRequestIsNormalisedDetectedAndItsWorkflowEnforced() {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);

    JsonObject request =
        create(
            attorney,
            caseId,
            "https://WWW.Instagram.com/p/Synthetic1/?utm_source=share#x",
            "TAKE_IT_DOWN");

    assertEquals("https://www.instagram.com/p/Synthetic1", request.getString("url"));
    assertEquals("Instagram", request.getString("platformName"));
    assertEquals("DRAFT", request.getString("status"));
    Reply duplicate =
        attorney.post(
            "cases/" + caseId + "/removals",
            "{\"url\": \"https://www.instagram.com/p/Synthetic1\", \"contentKind\": \"IMAGE\","
                + " \"legalBasis\": \"TAKE_IT_DOWN\"}");
    assertEquals(400, duplicate.status());
    assertTrue(duplicate.body().contains("\"field\":\"url\""), duplicate.body());
    Reply refused =
        attorney.post("removals/" + request.getInt("id") + "/status", "{\"status\": \"REMOVED\"}");
    assertEquals(409, refused.status());
    assertEquals(
        List.of("SUBMITTED"),
        refused.json().getJsonArray("allowed").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    Reply badUrl =
        attorney.post(
            "cases/" + caseId + "/removals",
            "{\"url\": \"javascript:alert(1)\", \"contentKind\": \"IMAGE\", \"legalBasis\": \"TAKE_IT_DOWN\"}");
    assertEquals(400, badUrl.status());
    assertTrue(badUrl.body().contains("\"field\":\"url\""));
    Reply wrongBasis =
        attorney.post(
            "cases/" + caseId + "/removals",
            "{\"url\": \"https://www.google.com/search?q=synthetic\", \"contentKind\": \"SEARCH_RESULT\","
                + " \"legalBasis\": \"TAKE_IT_DOWN\"}");
    assertEquals(400, wrongBasis.status());
    assertTrue(wrongBasis.body().contains("\"field\":\"legalBasis\""), wrongBasis.body());
    assertEquals(404, ApiClient.as("attorney2").get("removals/" + request.getInt("id")).status());
  }

  @Test
  void sendingATakeItDownNoticeStartsThe48HourClockOnTheCaseDeadlines() {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    long id =
        create(attorney, caseId, "https://x.com/synthetic/status/1", "TAKE_IT_DOWN").getInt("id");

    Reply incomplete = attorney.post("removals/" + id + "/notice-preview", "{\"values\": {}}");
    assertEquals(400, incomplete.status());
    assertTrue(incomplete.body().contains("\"field\":\"signature\""), incomplete.body());
    assertTrue(incomplete.body().contains("\"field\":\"contactDetails\""), incomplete.body());
    JsonObject preview =
        attorney
            .post("removals/" + id + "/notice-preview", NOTICE_VALUES.formatted("false"))
            .json();
    assertTrue(preview.getString("text").contains("https://x.com/synthetic/status/1"));
    assertTrue(preview.getString("text").contains("Removal client"));
    assertFalse(
        preview.getString("text").contains("Synthetic Legalname"), "no legal name unless ticked");
    assertTrue(
        attorney
            .post("removals/" + id + "/notice-preview", NOTICE_VALUES.formatted("true"))
            .json()
            .getString("text")
            .contains("Synthetic Legalname"));

    Reply sent = attorney.post("removals/" + id + "/notices", NOTICE_VALUES.formatted("false"));
    assertEquals(201, sent.status(), sent.body());

    JsonObject detail = attorney.get("removals/" + id).json();
    JsonObject request = detail.getJsonObject("request");
    assertEquals("SUBMITTED", request.getString("status"));
    Instant submitted = Instant.parse(request.getString("submittedAt"));
    Instant due = Instant.parse(request.getString("slaDueAt"));
    assertEquals(Duration.ofHours(48), Duration.between(submitted, due));
    assertEquals(1, detail.getJsonArray("notices").size());
    assertEquals(
        List.of("DRAFT", "SUBMITTED"),
        detail.getJsonArray("history").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("to"))
            .toList());
    JsonObject deadline =
        attorney
            .get("cases/" + caseId + "/deadlines")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(d -> d.getString("citation", "").equals("47 U.S.C. § 223a"))
            .findFirst()
            .orElseThrow();
    assertEquals(due, Instant.parse(deadline.getString("dueAt")));
    assertEquals(id, deadline.getJsonNumber("removalRequestId").longValue());

    long noticeId = sent.json().getJsonNumber("id").longValue();
    BinaryReply pdf = attorney.getBytes("removals/notices/" + noticeId + "/pdf");
    assertEquals(200, pdf.status());
    assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));

    status(attorney, id, "REMOVED", null);
    JsonObject closed =
        attorney
            .get("cases/" + caseId + "/deadlines")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(d -> d.getString("citation", "").equals("47 U.S.C. § 223a"))
            .findFirst()
            .orElseThrow();
    assertEquals("DONE", closed.getString("status"));
  }

  @Test
  void aNoticeNamingTheClientShowsTheirIdentityOnlyToTheTeam() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    ApiClient admin = ApiClient.as("admin");
    String marker = java.util.UUID.randomUUID().toString().substring(0, 8);
    String legalName = "Synthia Notice-" + marker;
    String email = "client-" + marker + "@example.org";
    long caseId =
        attorney
            .post(
                "cases",
                """
                {"title": "Named notice", "harmTypes": ["NON_CONSENSUAL_SHARING"],
                 "victim": {"pseudonym": "Notice client %s", "legalName": "%s", "email": "%s"},
                 "jurisdictions": ["US"]}
                """
                    .formatted(marker, legalName, email))
            .json()
            .getJsonNumber("id")
            .longValue();
    long id =
        create(attorney, caseId, "https://x.com/synthetic/status/" + marker, "TAKE_IT_DOWN")
            .getInt("id");
    // The team also typed the client's own address into a free-text field.
    Reply sent =
        attorney.post(
            "removals/" + id + "/notices",
            """
            {"values": {"signature": "/s/ Advocate Example",
                        "contactDetails": "advocate@ngo.example, or the client at %s"},
             "includeLegalName": true}
            """
                .formatted(email));
    assertEquals(201, sent.status(), sent.body());
    assertTrue(sent.json().getString("text").contains(legalName), sent.body());
    long noticeId = sent.json().getJsonNumber("id").longValue();

    String teamNotices = attorney.get("removals/" + id + "/notices").body();
    String teamPdf = pdfText(attorney.getBytes("removals/notices/" + noticeId + "/pdf"));
    Reply adminDetail = admin.get("removals/" + id);
    Reply adminNotices = admin.get("removals/" + id + "/notices");
    String adminPdf = pdfText(admin.getBytes("removals/notices/" + noticeId + "/pdf"));

    assertTrue(teamNotices.contains(legalName) && teamNotices.contains(email), teamNotices);
    assertTrue(teamPdf.contains(legalName), teamPdf);
    assertEquals(200, adminDetail.status(), adminDetail.body());
    assertEquals(200, adminNotices.status(), adminNotices.body());
    for (String answer : List.of(adminDetail.body(), adminNotices.body(), adminPdf)) {
      assertFalse(
          answer.contains("Synthia"), "legal name shown to an admin off the team: " + answer);
      assertFalse(answer.contains(email), "client's address shown to an admin: " + answer);
      assertTrue(answer.contains("Notice client " + marker), "the pseudonym instead: " + answer);
    }
    assertFalse(adminPdf.contains("\u27E6"), adminPdf);
  }

  /** The text of a PDF answer, spaces and line breaks folded into single spaces. */
  private static String pdfText(BinaryReply pdf) throws java.io.IOException {
    assertEquals(200, pdf.status());
    try (org.apache.pdfbox.pdmodel.PDDocument document =
        org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @Test
  void esafetyGives24HoursAndDmcaAFollowUpThenTheRestoreWindow() {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    long esafety =
        create(attorney, caseId, "https://www.reddit.com/r/synthetic/1", "ESAFETY").getInt("id");
    JsonObject sent = status(attorney, esafety, "SUBMITTED", "2026-11-20T10:00:00Z");
    assertEquals("2026-11-21T10:00:00Z", sent.getString("slaDueAt"));

    long dmca =
        create(attorney, caseId, "https://onlyfans.com/synthetic/photo/1", "DMCA").getInt("id");
    JsonObject submitted = status(attorney, dmca, "SUBMITTED", "2026-11-20T15:00:00Z");
    assertEquals("2026-11-28T00:00:00Z", submitted.getString("slaDueAt"), "follow-up 7 days on");
    assertTrue(
        attorney
            .get("cases/" + caseId + "/deadlines")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .anyMatch(
                d ->
                    d.getString("title")
                            .equals("Follow up: removal request #" + dmca + " (OnlyFans)")
                        && d.getString("dueDate").equals("2026-11-27")));
    JsonObject countered =
        attorney
            .post(
                "removals/" + dmca + "/counter-notice",
                "{\"receivedAt\": \"2026-11-20T15:00:00Z\"}")
            .json();
    assertTrue(countered.containsKey("counterNoticeAt"));
    JsonObject window =
        attorney
            .get("cases/" + caseId + "/deadlines")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(d -> d.getString("citation", "").startsWith("17 U.S.C. § 512(g)"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no restore window"));
    // 10 to 14 US business days after Friday 20 November 2026, Thanksgiving (26 Nov) skipped.
    assertEquals("2026-12-07", window.getString("windowStart"));
    assertEquals("2026-12-11", window.getString("dueDate"));
    assertEquals(
        400,
        attorney
            .post(
                "removals/" + esafety + "/counter-notice",
                "{\"receivedAt\": \"2026-11-20T15:00:00Z\"}")
            .status());
  }

  @Test
  void bulkPasteCreatesOneRequestPerUrlFlagsDuplicatesAndGroupsByPlatform() {
    ApiClient advocate = ApiClient.as("advocate");
    long caseId =
        advocate
            .post(
                "cases",
                """
                {"title": "Bulk case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
                 "victim": {"pseudonym": "Bulk client"}, "jurisdictions": ["US"]}
                """)
            .json()
            .getJsonNumber("id")
            .longValue();
    create(advocate, caseId, "https://x.com/synthetic/status/9", "PLATFORM_POLICY");
    String pasted =
        "https://x.com/synthetic/status/9\\nhttps://twitter.com/synthetic/status/10\\n"
            + "https://www.tiktok.com/@synthetic/video/1?is_from_webapp=1\\nnot-a-url\\n"
            + "https://twitter.com/synthetic/status/10#again";

    JsonObject result =
        advocate
            .post(
                "cases/" + caseId + "/removals/bulk",
                "{\"urls\": \""
                    + pasted
                    + "\", \"contentKind\": \"POST\", \"legalBasis\": \"PLATFORM_POLICY\"}")
            .json();

    assertEquals(2, result.getJsonArray("created").size(), result.toString());
    assertEquals(2, result.getJsonArray("duplicates").size(), result.toString());
    assertEquals(1, result.getJsonArray("rejected").size());
    JsonObject notAUrl = result.getJsonArray("rejected").getJsonObject(0);
    assertEquals(4, notAUrl.getInt("line"), notAUrl.toString());
    assertEquals("not-a-url", notAUrl.getString("input"));
    assertEquals("urls", notAUrl.getString("field"));
    assertEquals(
        java.util.List.of(1, 5),
        result.getJsonArray("duplicates").stream()
            .map(d -> d.asJsonObject().getInt("line"))
            .sorted()
            .toList(),
        "each duplicate names the line it was pasted on");
    assertEquals(
        "Enter the full web address, starting with https://", notAUrl.getString("message"));
    JsonObject byPlatform = result.getJsonObject("byPlatform");
    assertEquals(1, byPlatform.getJsonArray("X (Twitter)").size());
    assertEquals(1, byPlatform.getJsonArray("TikTok").size());
    assertEquals(3, advocate.get("cases/" + caseId + "/removals").jsonArray().size());

    // Nothing usable: a problem naming the field and each line, and nothing created.
    Reply unusable =
        advocate.post(
            "cases/" + caseId + "/removals/bulk",
            "{\"urls\": \"not-a-url\\n\\nftp://files.example/x\", \"contentKind\": \"POST\","
                + " \"legalBasis\": \"PLATFORM_POLICY\"}");
    assertEquals(400, unusable.status(), unusable.body());
    assertTrue(unusable.contentType().startsWith("application/problem+json"), unusable.body());
    JsonObject error = unusable.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("urls", error.getString("field"));
    assertEquals(
        "Nothing added. Line 1 (not-a-url): Enter the full web address, starting with https://;"
            + " Line 3 (ftp://files.example/x): Only web addresses starting with http:// or"
            + " https:// can be used",
        error.getString("message"));
    assertEquals(3, advocate.get("cases/" + caseId + "/removals").jsonArray().size());
  }

  @Test
  void theWatcherFlagsOverdueContentAndReuploads() throws Exception {
    AtomicInteger answer = new AtomicInteger(200);
    HttpServer platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    platform.createContext(
        "/",
        exchange -> {
          byte[] body = "synthetic page".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(answer.get(), body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    platform.start();
    try {
      String base = "http://127.0.0.1:" + platform.getAddress().getPort();
      ApiClient attorney = ApiClient.as("attorney");
      ApiClient admin = ApiClient.as("admin");
      long caseId = newCase(attorney);
      long late = create(attorney, caseId, base + "/still-up", "ESAFETY").getInt("id");
      status(attorney, late, "SUBMITTED", Instant.now().minus(Duration.ofHours(30)).toString());
      long removed = create(attorney, caseId, base + "/comes-back", "TAKE_IT_DOWN").getInt("id");
      status(attorney, removed, "SUBMITTED", null);
      status(attorney, removed, "REMOVED", null);

      assertEquals(403, attorney.post("removals/checks/run", "").status());
      answer.set(200);
      admin.post("removals/checks/run", "");
      JsonObject overdue = attorney.get("removals/" + late).json().getJsonObject("request");
      assertTrue(overdue.getBoolean("overdue"), overdue.toString());
      assertEquals("UP", overdue.getString("lastState"));

      answer.set(404);
      admin.post("removals/checks/run", "");
      assertEquals(
          "DOWN",
          attorney
              .get("removals/" + removed)
              .json()
              .getJsonObject("request")
              .getString("lastState"));
      answer.set(200);
      admin.post("removals/checks/run", "");

      JsonObject back = attorney.get("removals/" + removed).json().getJsonObject("request");
      assertEquals("REUPLOADED", back.getString("status"));
      JsonArray alerts = attorney.get("removals/reuploads").jsonArray();
      assertTrue(
          alerts.getValuesAs(JsonObject.class).stream()
              .anyMatch(a -> a.getJsonNumber("requestId").longValue() == removed));
      assertTrue(
          ApiClient.as("attorney2")
              .get("removals/reuploads")
              .jsonArray()
              .getValuesAs(JsonObject.class)
              .stream()
              .noneMatch(a -> a.getJsonNumber("requestId").longValue() == removed));
      assertTrue(attorney.get("removals/" + removed).json().getJsonArray("checks").size() >= 2);
    } finally {
      platform.stop(0);
    }
  }

  @Test
  void aRequestLinksEvidenceOfItsOwnCaseOnly() {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    long otherCase = newCase(attorney);
    byte[] image = TestMedia.bytes(Fixture.SCREENSHOT_PNG);
    String mine =
        attorney
            .multipart(
                "cases/" + caseId + "/evidence",
                java.util.Map.of("method", "SCREENSHOT"),
                "shot.png",
                image)
            .json()
            .getString("id");
    String theirs =
        attorney
            .multipart(
                "cases/" + otherCase + "/evidence",
                java.util.Map.of("method", "SCREENSHOT"),
                "other.png",
                image)
            .json()
            .getString("id");
    Reply created =
        attorney.post(
            "cases/" + caseId + "/removals",
            "{\"url\": \"https://www.pornhub.com/view_video.php?viewkey=synthetic\", \"contentKind\": \"VIDEO\","
                + " \"legalBasis\": \"TAKE_IT_DOWN\", \"evidenceIds\": [\""
                + mine
                + "\"]}");
    assertEquals(201, created.status(), created.body());
    assertEquals(mine, created.json().getJsonArray("evidenceIds").getString(0));

    long id = created.json().getJsonNumber("id").longValue();
    Reply foreign = attorney.put("removals/" + id + "/evidence", "[\"" + theirs + "\"]");
    assertEquals(400, foreign.status());
    assertTrue(foreign.body().contains("\"field\":\"evidenceIds\""), foreign.body());
    assertEquals(
        List.of(mine),
        attorney
            .get("removals/" + id)
            .json()
            .getJsonObject("request")
            .getJsonArray("evidenceIds")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
  }

  @Test
  void statisticsPerPlatformAsJsonAndCsv() {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    long first =
        create(attorney, caseId, "https://www.facebook.com/synthetic/posts/1", "TAKE_IT_DOWN")
            .getInt("id");
    status(attorney, first, "SUBMITTED", "2026-11-02T10:00:00Z");
    status(attorney, first, "REMOVED", "2026-11-03T10:00:00Z");
    long second =
        create(attorney, caseId, "https://www.facebook.com/synthetic/posts/2", "TAKE_IT_DOWN")
            .getInt("id");
    status(attorney, second, "SUBMITTED", "2026-11-02T10:00:00Z");

    JsonObject facebook =
        attorney
            .get("removal-statistics?from=2026-11-01&to=2026-11-05")
            .jsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(f -> f.getString("platform").equals("Facebook"))
            .findFirst()
            .orElseThrow();
    assertTrue(facebook.getInt("requests") >= 2);
    BinaryReply csv = attorney.getBytes("removal-statistics/csv?from=2026-11-01&to=2026-11-05");
    assertEquals(200, csv.status());
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("platform,requests,removed"), text);
    assertTrue(text.contains("Facebook"));
    assertEquals(400, attorney.get("removal-statistics?from=yesterday").status());
  }
}
