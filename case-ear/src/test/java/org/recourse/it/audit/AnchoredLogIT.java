package org.recourse.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recourse.evidence.CustodyAction;
import org.recourse.evidence.CustodyChain;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/**
 * Anchored logs: once the heads are anchored, a custody log rewritten consistently in the database
 * (every hash recomputed, the item's head moved, so the log alone still checks out) is caught by
 * the anchor check, because the stored chain no longer passes through the anchored head.
 */
@ExtendWith(ArquillianExtension.class)
class AnchoredLogIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  @Test
  void aConsistentRewriteOfACustodyLogIsCaughtByItsAnchor() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    ApiClient admin = ApiClient.as("admin");
    long caseId = attorney.newCase("Anchor case", "Anchor client");
    ApiClient.Reply uploaded =
        attorney.multipart(
            "cases/" + caseId + "/evidence",
            Map.of("method", "SCREENSHOT"),
            "anchored.jpg",
            TestMedia.bytes(Fixture.PHOTO_JPEG));
    assertEquals(201, uploaded.status(), uploaded.body());
    String id = uploaded.json().getString("id");

    ApiClient.Reply anchored = admin.post("anchors", "{}");
    assertEquals(200, anchored.status(), anchored.body());
    JsonObject anchor = anchored.json();
    assertEquals("STAMPED", anchor.getString("status"), anchor.toString());
    assertTrue(anchor.getBoolean("development"));
    // Other tests of the same run tamper with their own items and rows; only this item counts.
    JsonObject before = admin.post("anchors/verify", "{}").json();
    assertFalse(before.getJsonArray("problems").toString().contains(id), before.toString());
    assertTrue(before.getInt("anchorsChecked") >= 1);

    rewriteConsistently(id);

    JsonObject itemCheck = attorney.post("evidence/" + id + "/verify", "{}").json();
    assertTrue(
        itemCheck.getBoolean("chainIntact"),
        "the rewritten log checks out on its own: " + itemCheck);
    JsonObject after = admin.post("anchors/verify", "{}").json();
    assertFalse(after.getBoolean("intact"), after.toString());
    assertTrue(
        after.getJsonArray("problems").toString().contains(id + " no longer reaches"),
        after.toString());
    assertEquals(403, attorney.post("anchors/verify", "{}").status());
  }

  /**
   * Benchmark (docs/BENCHMARKS.md): Verify of 10,000 custody entries with their anchors within 2 s.
   * One item's log is lengthened to 10,000 entries by JDBC (each hash computed as the server
   * would), the logs are anchored, and the anchor check's own measured time is read.
   */
  @Test
  void verifyingTenThousandCustodyEntriesWithTheirAnchorsTakesUnderTwoSeconds() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    ApiClient admin = ApiClient.as("admin");
    String id = upload(attorney, "long-log.jpg");
    lengthenTo(id, 10_000);
    assertEquals("STAMPED", admin.post("anchors", "{}").json().getString("status"));
    admin.post("anchors/verify", "{}"); // warm-up

    JsonObject check = admin.post("anchors/verify", "{}").json();
    assertFalse(check.getJsonArray("problems").toString().contains(id), check.toString());
    assertTrue(check.getJsonNumber("custodyEntries").longValue() >= 10_000, check.toString());
    long millis = check.getJsonNumber("millis").longValue();
    System.out.println(
        "Anchor check: "
            + check.getJsonNumber("custodyEntries")
            + " custody entries, "
            + check.getInt("anchorsChecked")
            + " anchor(s), "
            + check.getJsonNumber("accessRows")
            + " access-log rows in "
            + millis
            + " ms");
    assertTrue(millis < 2_000, "the check took " + millis + " ms");
  }

  private static String upload(ApiClient attorney, String name) {
    long caseId = attorney.newCase("Long log case", "Long log client");
    ApiClient.Reply uploaded =
        attorney.multipart(
            "cases/" + caseId + "/evidence",
            Map.of("method", "SCREENSHOT"),
            name,
            TestMedia.bytes(Fixture.SCREENSHOT_PNG));
    assertEquals(201, uploaded.status(), uploaded.body());
    return uploaded.json().getString("id");
  }

  /** Appends entries to an item's log as the server would, up to {@code total} entries. */
  private static void lengthenTo(String evidenceId, int total) throws Exception {
    try (Connection db = TestEnvironment.database()) {
      db.setAutoCommit(false);
      int count;
      String head;
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT custody_count, custody_head FROM evidence_item WHERE id = ?")) {
        select.setString(1, evidenceId);
        try (ResultSet rs = select.executeQuery()) {
          rs.next();
          count = rs.getInt(1);
          head = rs.getString(2);
        }
      }
      Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO evidence_custody (evidence_id, sequence_no, action, actor, occurred_at,"
                  + " address, reason, detail, previous_hash, hash)"
                  + " VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?)")) {
        for (int sequence = count + 1; sequence <= total; sequence++) {
          String detail = "Benchmark entry " + sequence;
          String hash =
              CustodyChain.hash(
                  evidenceId,
                  sequence,
                  CustodyAction.VERIFIED,
                  "benchmark",
                  at,
                  null,
                  null,
                  detail,
                  head);
          insert.setString(1, evidenceId);
          insert.setInt(2, sequence);
          insert.setString(3, CustodyAction.VERIFIED.name());
          insert.setString(4, "benchmark");
          insert.setObject(5, at.atOffset(ZoneOffset.UTC));
          insert.setString(6, detail);
          insert.setString(7, head);
          insert.setString(8, hash);
          insert.addBatch();
          head = hash;
        }
        insert.executeBatch();
      }
      try (PreparedStatement update =
          db.prepareStatement(
              "UPDATE evidence_item SET custody_count = ?, custody_head = ? WHERE id = ?")) {
        update.setInt(1, total);
        update.setString(2, head);
        update.setString(3, evidenceId);
        update.executeUpdate();
      }
      db.commit();
    }
  }

  /** Changes the receipt entry's detail and recomputes every hash after it and the item's head. */
  private static void rewriteConsistently(String evidenceId) throws Exception {
    try (Connection db = TestEnvironment.database()) {
      db.setAutoCommit(false);
      List<Object[]> rows = new ArrayList<>();
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT id, sequence_no, action, actor, occurred_at, address, reason, detail"
                  + " FROM evidence_custody WHERE evidence_id = ? ORDER BY sequence_no")) {
        select.setString(1, evidenceId);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            rows.add(
                new Object[] {
                  rs.getLong(1),
                  rs.getInt(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getObject(5, OffsetDateTime.class),
                  rs.getString(6),
                  rs.getString(7),
                  rs.getString(8)
                });
          }
        }
      }
      String previous = CustodyChain.GENESIS;
      for (Object[] row : rows) {
        int sequence = (Integer) row[1];
        String detail = sequence == 1 ? "SHA-256 of another file; rewritten" : (String) row[7];
        String hash =
            CustodyChain.hash(
                evidenceId,
                sequence,
                CustodyAction.valueOf((String) row[2]),
                (String) row[3],
                ((OffsetDateTime) row[4]).toInstant(),
                (String) row[5],
                (String) row[6],
                detail,
                previous);
        try (PreparedStatement update =
            db.prepareStatement(
                "UPDATE evidence_custody SET detail = ?, previous_hash = ?, hash = ? WHERE id = ?")) {
          update.setString(1, detail);
          update.setString(2, previous);
          update.setString(3, hash);
          update.setLong(4, (Long) row[0]);
          update.executeUpdate();
        }
        previous = hash;
      }
      try (PreparedStatement head =
          db.prepareStatement("UPDATE evidence_item SET custody_head = ? WHERE id = ?")) {
        head.setString(1, previous);
        head.setString(2, evidenceId);
        head.executeUpdate();
      }
      db.commit();
    }
  }
}
