package org.recourse.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.BinaryReply;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/**
 * The access log: reads of a victim's identity and of evidence, and refusals, are recorded with
 * user, action and case; administrators filter, export and verify it; tampering in the database is
 * found. Tampering is undone before each test ends, because later tests share the server.
 */
@ExtendWith(ArquillianExtension.class)
class AccessLogIT {

  private static final String LEGAL_NAME = "Quillon Synthetica-Testperson";
  private static final String PHONE = "+1 555 0100 777";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static long newCase(ApiClient attorney) {
    Reply created =
        attorney.post(
            "cases",
            """
            {"title": "Access log case", "harmTypes": ["NON_CONSENSUAL_SHARING"],
             "victim": {"pseudonym": "Access client", "legalName": "%s", "phone": "%s"},
             "jurisdictions": ["US"]}
            """
                .formatted(LEGAL_NAME, PHONE));
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonNumber("id").longValue();
  }

  private static String upload(ApiClient client, long caseId) {
    Reply reply =
        client.multipart(
            "cases/" + caseId + "/evidence",
            Map.of("method", "SCREENSHOT"),
            "bridge.jpg",
            TestMedia.bytes(Fixture.PHOTO_JPEG));
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getString("id");
  }

  private static List<JsonObject> rows(ApiClient admin, String query) {
    Reply reply = admin.get("access-log?size=200&" + query);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static boolean has(
      List<JsonObject> rows, String user, String action, String outcome, String targetId) {
    return rows.stream()
        .anyMatch(
            r ->
                r.getString("username").equals(user)
                    && r.getString("action").equals(action)
                    && r.getString("outcome").equals(outcome)
                    && (targetId == null || targetId.equals(text(r, "targetId"))));
  }

  /** A text field of a row, or null when it is absent (JSON-B leaves out null values). */
  private static String text(JsonObject row, String name) {
    JsonValue value = row.get(name);
    return value instanceof jakarta.json.JsonString string ? string.getString() : null;
  }

  private static JsonObject verify(ApiClient admin) {
    Reply reply = admin.post("access-log/verify", "");
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  @Test
  void identityReadsEvidenceHandOversAndRefusalsAreRecordedWithUserActionAndCase() {
    ApiClient attorney = ApiClient.as("attorney");
    ApiClient caseworker = ApiClient.as("caseworker");
    ApiClient outsider = ApiClient.as("attorney2");
    ApiClient admin = ApiClient.as("admin");
    long caseId = newCase(attorney);
    attorney.post(
        "cases/" + caseId + "/team",
        "{\"username\": \"caseworker\", \"caseRole\": \"CASEWORKER\"}");
    String evidenceId = upload(attorney, caseId);

    Reply read = attorney.get("cases/" + caseId);
    assertEquals(LEGAL_NAME, read.json().getJsonObject("victim").getString("legalName"));
    assertEquals(
        "revealed",
        attorney.getBytes("evidence/" + evidenceId + "/preview?reveal=true").header("X-Preview"));
    assertEquals(200, attorney.getBytes("evidence/" + evidenceId + "/content").status());
    assertEquals(403, caseworker.getBytes("evidence/" + evidenceId + "/content").status());
    assertEquals(404, outsider.get("cases/" + caseId).status());
    assertEquals(200, admin.get("cases/" + caseId).status(), "admin sees the pseudonym only");

    List<JsonObject> rows = rows(admin, "caseId=" + caseId);
    String theCase = Long.toString(caseId);
    assertTrue(has(rows, "attorney", "VICTIM_IDENTITY_READ", "GRANTED", theCase), rows::toString);
    assertTrue(has(rows, "attorney", "EVIDENCE_REVEALED", "GRANTED", evidenceId), rows::toString);
    assertTrue(has(rows, "attorney", "EVIDENCE_DOWNLOADED", "GRANTED", evidenceId), rows::toString);
    assertTrue(has(rows, "caseworker", "ACCESS_DENIED", "DENIED", evidenceId), rows::toString);
    assertTrue(has(rows, "attorney2", "ACCESS_DENIED", "DENIED", theCase), rows::toString);
    assertFalse(
        has(rows, "admin", "VICTIM_IDENTITY_READ", "GRANTED", null),
        "the admin was not shown the identity, so no identity read is recorded");
    for (JsonObject row : rows) {
      assertEquals(caseId, row.getJsonNumber("caseId").longValue());
      assertNotNull(text(row, "clientAddress"), row.toString());
      assertEquals(64, row.getString("hash").length());
    }
    JsonObject denial =
        rows.stream()
            .filter(r -> r.getString("username").equals("caseworker"))
            .findFirst()
            .orElseThrow();
    assertEquals("EVIDENCE_ITEM", text(denial, "targetType"));
    assertTrue(
        String.valueOf(text(denial, "detail")).contains("EvidenceService.download"),
        denial.toString());
    assertTrue(String.valueOf(text(denial, "roles")).contains("caseworker"), denial.toString());

    List<JsonObject> outsiders = rows(admin, "user=ATTORNEY2&action=ACCESS_DENIED");
    assertTrue(has(outsiders, "attorney2", "ACCESS_DENIED", "DENIED", theCase));
    assertTrue(outsiders.stream().allMatch(r -> r.getString("username").equals("attorney2")));

    String everything = admin.get("access-log?size=200").body() + csv(admin, "").body();
    assertFalse(everything.contains(LEGAL_NAME), "no victim name in the log");
    assertFalse(everything.contains(PHONE), "no victim contact in the log");
  }

  @Test
  void onlyAdministratorsReadTheLogAndRefusalsOfTheLogAreRecordedToo() {
    ApiClient attorney = ApiClient.as("attorney");
    ApiClient admin = ApiClient.as("admin");

    Reply refused = attorney.get("access-log");
    assertEquals(403, refused.status());
    assertEquals(403, attorney.getBytes("access-log/csv").status());
    assertEquals(403, attorney.post("access-log/verify", "").status());

    List<JsonObject> rows = rows(admin, "user=attorney&action=ACCESS_DENIED");
    assertTrue(
        rows.stream()
            .anyMatch(
                r ->
                    "API_ROUTE".equals(text(r, "targetType"))
                        && "GET /api/v1/access-log".equals(text(r, "targetId"))),
        rows::toString);
    assertTrue(
        rows.stream().anyMatch(r -> "POST /api/v1/access-log/verify".equals(text(r, "targetId"))),
        rows::toString);
  }

  @Test
  void badFiltersAreRefusedNamingTheField() {
    ApiClient admin = ApiClient.as("admin");
    Reply reply =
        admin.get("access-log?caseId=seven&action=LOOKED&from=yesterday&to=2026-11-01&size=9999");
    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    List<String> fields =
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertEquals(List.of("action", "caseId", "from"), fields);

    Reply size = admin.get("access-log?size=9999");
    assertEquals(400, size.status());
    assertEquals("size", size.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(400, csv(admin, "to=tomorrow").status());
  }

  @Test
  void theCsvHoldsTheFilteredRows() {
    ApiClient attorney = ApiClient.as("attorney");
    ApiClient admin = ApiClient.as("admin");
    long caseId = newCase(attorney);
    attorney.get("cases/" + caseId);
    attorney.get("cases/" + caseId);

    BinaryReply reply = csv(admin, "caseId=" + caseId);
    assertEquals(200, reply.status());
    assertTrue(reply.header("Content-Type").startsWith("text/csv"), reply.header("Content-Type"));
    String[] lines = new String(reply.body(), StandardCharsets.UTF_8).split("\r\n");
    assertTrue(
        lines[0].startsWith("id,sequence,occurred_at,username,roles,action,outcome,case_id"));
    // opening the case returned it with the identity too: three identity reads in all
    assertEquals(4, lines.length, String.join("\n", lines));
    for (int i = 1; i < lines.length; i++) {
      assertTrue(lines[i].contains(",attorney,"), lines[i]);
      assertTrue(lines[i].contains(",VICTIM_IDENTITY_READ,GRANTED," + caseId + ","), lines[i]);
    }
  }

  private static BinaryReply csv(ApiClient client, String query) {
    return client.getBytes("access-log/csv" + (query.isEmpty() ? "" : "?" + query));
  }

  @Test
  void verifyFindsAnEditedRowAndARemovedLastRowAndPassesOnceTheyAreRestored() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    ApiClient admin = ApiClient.as("admin");
    long caseId = newCase(attorney);
    attorney.get("cases/" + caseId);
    attorney.get("cases/" + caseId);

    JsonObject intact = verify(admin);
    assertTrue(intact.getBoolean("ok"), intact.toString());
    assertTrue(intact.getInt("rowsChecked") >= 3);
    assertEquals(intact.getInt("rowsChecked"), intact.getInt("headCount"));

    try (Connection db = TestEnvironment.database()) {
      long last = lastSequence(db);
      Map<String, Object> edited = row(db, last - 1);
      long editedId = ((Number) edited.get("ID")).longValue();
      update(db, "UPDATE access_log SET username = 'nobody' WHERE id = ?", editedId);
      try {
        JsonObject broken = verify(admin);
        assertFalse(broken.getBoolean("ok"));
        assertEquals(editedId, broken.getJsonNumber("firstProblemRowId").longValue());
        assertEquals(last - 1, broken.getJsonNumber("firstProblemSequence").longValue());
        assertTrue(broken.getString("reason").contains("altered"), broken.toString());
      } finally {
        try (PreparedStatement restore =
            db.prepareStatement("UPDATE access_log SET username = ? WHERE id = ?")) {
          restore.setString(1, (String) edited.get("USERNAME"));
          restore.setLong(2, editedId);
          assertEquals(1, restore.executeUpdate());
        }
      }
      assertTrue(verify(admin).getBoolean("ok"), "restored");

      Map<String, Object> removed = row(db, last);
      update(db, "DELETE FROM access_log WHERE id = ?", ((Number) removed.get("ID")).longValue());
      try {
        JsonObject truncated = verify(admin);
        assertFalse(truncated.getBoolean("ok"));
        assertFalse(
            truncated.get("firstProblemRowId") instanceof jakarta.json.JsonNumber,
            "the removed row has no id any more");
        assertEquals(last, truncated.getJsonNumber("firstProblemSequence").longValue());
        assertTrue(
            truncated.getString("reason").contains("missing at the end"), truncated.toString());
      } finally {
        insert(db, removed);
      }
    }
    JsonObject again = verify(admin);
    assertTrue(again.getBoolean("ok"), again.toString());
  }

  private static long lastSequence(Connection db) throws Exception {
    try (PreparedStatement query = db.prepareStatement("SELECT MAX(sequence_no) FROM access_log");
        ResultSet result = query.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }

  /** Every column of one row, by upper-case column name, in table order. */
  private static Map<String, Object> row(Connection db, long sequence) throws Exception {
    try (PreparedStatement query =
        db.prepareStatement("SELECT * FROM access_log WHERE sequence_no = ?")) {
      query.setLong(1, sequence);
      try (ResultSet result = query.executeQuery()) {
        assertTrue(result.next());
        ResultSetMetaData meta = result.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnName(i).toUpperCase(), result.getObject(i));
        }
        return row;
      }
    }
  }

  private static void update(Connection db, String sql, long id) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setLong(1, id);
      assertEquals(1, statement.executeUpdate());
    }
  }

  private static void insert(Connection db, Map<String, Object> row) throws Exception {
    List<String> columns = new ArrayList<>(row.keySet());
    String sql =
        "INSERT INTO access_log ("
            + String.join(", ", columns)
            + ") VALUES ("
            + String.join(", ", columns.stream().map(c -> "?").toList())
            + ")";
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < columns.size(); i++) {
        statement.setObject(i + 1, row.get(columns.get(i)));
      }
      assertEquals(1, statement.executeUpdate());
    }
  }

  @Test
  void anAdministratorFiltersThePageByUserAndVerifiesTheLog() {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney);
    assertEquals(404, ApiClient.as("attorney2").get("cases/" + caseId).status());

    try (Browser browser = Browser.open()) {
      browser.openAs("admin/access-log.xhtml", "admin");
      assertEquals("Access log", browser.text(By.id("page-title")));
      browser.type("log:user", "attorney2");
      browser.click(By.id("log:filter"));
      browser.waitUntil(
          d -> {
            List<WebElement> users =
                d.findElements(By.cssSelector("[id='log:table'] .rc-log-user"));
            return !users.isEmpty()
                && users.stream().allMatch(u -> u.getText().equals("attorney2"));
          });
      String href = browser.driver().findElement(By.id("log:csv")).getAttribute("href");
      assertTrue(href.contains("user=attorney2"), href);
      // The refusal in words: its outcome and what it named, not the log's codes.
      String table = browser.text(By.id("log:table"));
      assertTrue(table.contains("Denied") && table.contains("Case " + caseId), table);
      for (String code : List.of("DENIED", "GRANTED", "REMOVAL_REQUEST", "EVIDENCE_ITEM")) {
        assertFalse(table.contains(code), code + " on the access log page: " + table);
      }

      browser.click(By.id("log:verify"));
      assertTrue(browser.text(By.id("log:verifiedOk")).startsWith("Intact"));

      browser.retype("log:caseId", "not a number");
      browser.click(By.id("log:filter"));
      browser.waitUntil(
          d ->
              d.findElement(By.id("log:caseIdMessage")).getText().contains("caseId")
                  || d.findElement(By.id("log:caseIdMessage")).getText().contains("case id"));
    }
  }

  @Test
  void aPageRefusedByItsRoleIsRecorded() {
    try (Browser browser = Browser.open()) {
      browser.openAs("admin/access-log.xhtml", "caseworker");
      assertEquals("Not allowed", browser.text(By.id("page-title")));
    }
    JsonArray items =
        ApiClient.as("admin")
            .get("access-log?user=caseworker&action=ACCESS_DENIED&size=200")
            .json()
            .getJsonArray("items");
    assertTrue(
        items.getValuesAs(JsonObject.class).stream()
            .anyMatch(
                r ->
                    "PAGE".equals(text(r, "targetType"))
                        && String.valueOf(text(r, "targetId")).endsWith("/admin/access-log.xhtml")),
        items::toString);
  }
}
