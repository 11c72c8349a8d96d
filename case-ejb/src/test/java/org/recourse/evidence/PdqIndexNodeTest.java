package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.index.PdqMultiIndex.Hit;
import org.recourse.evidence.pdq.PdqHash;

/**
 * Two nodes' indexes on one database (H2 in PostgreSQL mode, migrated as WildFly migrates it): what
 * one node stores or shreds is matchable, or gone, on the other after one round of following the
 * change log, as the timer of {@link PdqIndex} does every second.
 */
class PdqIndexNodeTest {

  private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
  private static final int THRESHOLD = 31;

  private final String url =
      "jdbc:h2:mem:pdq-index-"
          + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  private final Random random = new Random(21);
  private final PdqIndexNode.Database database =
      new PdqIndexNode.Database() {
        @Override
        public <T> T run(PdqIndexNode.Work<T> work) {
          try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            return work.run(db);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        }
      };

  private final PdqIndexNode nodeA = new PdqIndexNode();
  private final PdqIndexNode nodeB = new PdqIndexNode();

  @BeforeEach
  void migrate() throws SQLException {
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    try (Connection db = DriverManager.getConnection(url, "sa", "");
        Statement s = db.createStatement()) {
      s.execute("SET REFERENTIAL_INTEGRITY FALSE");
    }
  }

  @Test
  void anImageReceivedOnOneNodeIsMatchableOnTheOtherAfterOneRound() throws SQLException {
    PdqHash hash = randomHash();
    assertTrue(search(nodeA, hash).isEmpty());
    assertTrue(search(nodeB, hash).isEmpty());

    committed(
        db -> {
          insertItem(db, "image-1", 7, "image/png", hash);
          PdqIndexNode.recordAdded(db, List.of("image-1"), NOW);
        });
    nodeA.put("image-1", 7, hash);

    assertEquals(List.of("image-1"), ids(search(nodeA, hash)));
    assertTrue(search(nodeB, hash).isEmpty(), "not before node B follows");
    assertEquals(1, nodeB.follow(database));
    List<Hit> hits = search(nodeB, near(hash, 5));
    assertEquals(List.of("image-1"), ids(hits));
    assertEquals(7, hits.get(0).caseId());
    assertEquals(5, hits.get(0).distance());
  }

  @Test
  void aVideoAnalysedOnOneNodeIsMatchableByItsGoodFramesOnTheOther() throws SQLException {
    PdqHash good = randomHash();
    PdqHash dark = randomHash();
    search(nodeB, good);

    committed(
        db -> {
          insertItem(db, "video-1", 9, "video/mp4", null);
          insertFrame(db, "video-1", 0, 0.0, dark, 10);
          insertFrame(db, "video-1", 1, 1.5, good, 80);
          PdqIndexNode.recordAdded(db, List.of("video-1"), NOW);
        });
    nodeB.follow(database);

    List<Hit> hits = search(nodeB, good);
    assertEquals(List.of("video-1"), ids(hits));
    assertTrue(hits.get(0).video());
    assertEquals(1.5, hits.get(0).timeSeconds());
    assertTrue(search(nodeB, dark).isEmpty(), "a frame of low quality never matches");
  }

  @Test
  void anItemShreddedOnOneNodeIsGoneFromTheOtherAfterOneRound() throws SQLException {
    PdqHash hash = randomHash();
    committed(db -> insertItem(db, "image-2", 3, "image/jpeg", hash));
    assertEquals(List.of("image-2"), ids(search(nodeA, hash)));
    assertEquals(List.of("image-2"), ids(search(nodeB, hash)));

    committed(
        db -> {
          try (PreparedStatement shred =
              db.prepareStatement("UPDATE evidence_item SET pdq = NULL WHERE id = 'image-2'")) {
            shred.executeUpdate();
          }
          PdqIndexNode.recordRemoved(db, List.of("image-2"), NOW);
        });
    nodeA.remove("image-2");

    assertTrue(search(nodeA, hash).isEmpty());
    assertEquals(List.of("image-2"), ids(search(nodeB, hash)), "until node B follows");
    assertEquals(1, nodeB.follow(database));
    assertTrue(search(nodeB, hash).isEmpty());
  }

  @Test
  void aChangeWhoseTransactionRolledBackNeverAppears() throws SQLException {
    PdqHash lost = randomHash();
    PdqHash kept = randomHash();
    search(nodeB, lost);

    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      db.setAutoCommit(false);
      insertItem(db, "image-lost", 1, "image/png", lost);
      PdqIndexNode.recordAdded(db, List.of("image-lost"), NOW);
      db.rollback();
    }
    assertEquals(0, nodeB.follow(database));
    assertTrue(search(nodeB, lost).isEmpty());

    committed(
        db -> {
          insertItem(db, "image-kept", 1, "image/png", kept);
          PdqIndexNode.recordAdded(db, List.of("image-kept"), NOW);
        });
    assertEquals(1, nodeB.follow(database), "the rolled-back change left no gap");
    assertEquals(List.of("image-kept"), ids(search(nodeB, kept)));
    assertTrue(search(nodeB, lost).isEmpty());
  }

  @Test
  void aNodeStartedLaterSeesEverythingAndFollowsFromThere() throws SQLException {
    PdqHash first = randomHash();
    PdqHash shredded = randomHash();
    PdqHash later = randomHash();
    committed(
        db -> {
          insertItem(db, "image-a", 1, "image/png", first);
          insertItem(db, "image-b", 1, "image/png", shredded);
          PdqIndexNode.recordAdded(db, List.of("image-a", "image-b"), NOW);
        });
    committed(
        db -> {
          try (Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE evidence_item SET pdq = NULL WHERE id = 'image-b'");
          }
          PdqIndexNode.recordRemoved(db, List.of("image-b"), NOW);
        });

    PdqIndexNode restarted = new PdqIndexNode();
    assertEquals(List.of("image-a"), ids(search(restarted, first)));
    assertTrue(search(restarted, shredded).isEmpty());
    assertEquals(0, restarted.follow(database), "changes before the load are in it already");

    committed(
        db -> {
          insertItem(db, "image-c", 2, "image/png", later);
          PdqIndexNode.recordAdded(db, List.of("image-c"), NOW);
        });
    assertEquals(1, restarted.follow(database));
    assertEquals(List.of("image-c"), ids(search(restarted, later)));
  }

  @Test
  void aNodeAppliesItsOwnChangeAgainWithoutHarm() throws SQLException {
    PdqHash hash = randomHash();
    search(nodeA, hash);
    committed(
        db -> {
          insertItem(db, "image-own", 4, "image/png", hash);
          PdqIndexNode.recordAdded(db, List.of("image-own"), NOW);
        });
    nodeA.put("image-own", 4, hash);

    assertEquals(1, nodeA.follow(database));
    assertEquals(List.of("image-own"), ids(search(nodeA, hash)));
    assertEquals(0, nodeA.follow(database));
  }

  @Test
  void anAdditionReadAfterTheItemWasShreddedDoesNotBringItBack() throws SQLException {
    PdqHash hash = randomHash();
    search(nodeB, hash);
    committed(
        db -> {
          insertItem(db, "image-short", 5, "image/png", hash);
          PdqIndexNode.recordAdded(db, List.of("image-short"), NOW);
        });
    committed(
        db -> {
          try (Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE evidence_item SET pdq = NULL WHERE id = 'image-short'");
          }
          PdqIndexNode.recordRemoved(db, List.of("image-short"), NOW);
        });

    assertEquals(2, nodeB.follow(database));
    assertTrue(search(nodeB, hash).isEmpty());
  }

  @Test
  void aNodeWhoseNextChangeWasPrunedReloads() throws SQLException {
    PdqHash hash = randomHash();
    search(nodeB, hash);
    Instant longAgo = NOW.minus(Duration.ofHours(2));
    committed(
        db -> {
          insertItem(db, "image-old", 6, "image/png", hash);
          PdqIndexNode.recordAdded(db, List.of("image-old"), longAgo);
        });
    assertEquals(1, PdqIndexNode.prune(database, NOW));

    nodeB.follow(database);
    assertEquals(List.of("image-old"), ids(search(nodeB, hash)));
  }

  @Test
  void pruningKeepsTheLastHourOfChanges() throws SQLException {
    committed(
        db -> {
          PdqIndexNode.recordAdded(db, List.of("old"), NOW.minus(Duration.ofMinutes(61)));
          PdqIndexNode.recordAdded(db, List.of("recent"), NOW.minus(Duration.ofMinutes(59)));
        });
    assertEquals(1, PdqIndexNode.prune(database, NOW));
    assertEquals(
        List.of("recent"),
        database.run(db -> IndexChanges.after(db, 0, 10)).stream()
            .map(IndexChanges.Change::evidenceId)
            .toList());
  }

  @Test
  void concurrentWritersNeverLetAFollowingNodeSkipAChange() throws Exception {
    int writers = 4;
    int each = 25;
    List<PdqHash> hashes = new ArrayList<>();
    for (int i = 0; i < writers * each; i++) {
      hashes.add(randomHash());
    }
    search(nodeB, hashes.get(0));
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int first = w * each;
      done.add(
          pool.submit(
              () -> {
                for (int i = first; i < first + each; i++) {
                  String id = "image-" + i;
                  PdqHash hash = hashes.get(i);
                  committed(
                      db -> {
                        insertItem(db, id, 1, "image/png", hash);
                        PdqIndexNode.recordAdded(db, List.of(id), NOW);
                      });
                }
                return null;
              }));
    }
    int applied = 0;
    while (!done.stream().allMatch(Future::isDone)) {
      applied += nodeB.follow(database);
    }
    pool.shutdown();
    for (Future<?> writer : done) {
      writer.get();
    }
    applied += nodeB.follow(database);

    assertEquals(writers * each, applied);
    for (int i = 0; i < hashes.size(); i++) {
      assertEquals(List.of("image-" + i), ids(search(nodeB, hashes.get(i))));
    }
  }

  @Test
  void aNodeThatHasNotLoadedHasNothingToFollow() throws SQLException {
    committed(db -> PdqIndexNode.recordAdded(db, List.of("anything"), NOW));
    assertEquals(0, nodeA.follow(database));
  }

  private interface Transaction {
    void run(Connection db) throws SQLException;
  }

  private void committed(Transaction work) throws SQLException {
    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      db.setAutoCommit(false);
      work.run(db);
      db.commit();
    }
  }

  private List<Hit> search(PdqIndexNode node, PdqHash probe) {
    return node.search(database, probe, THRESHOLD, caseId -> true);
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::evidenceId).toList();
  }

  private PdqHash randomHash() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return PdqHash.fromHex(HexFormat.of().formatHex(bytes));
  }

  /** {@code hash} with its first {@code bits} bits flipped. */
  private static PdqHash near(PdqHash hash, int bits) {
    byte[] bytes = HexFormat.of().parseHex(hash.toHex());
    for (int i = 0; i < bits; i++) {
      bytes[i / 8] ^= (byte) (1 << (i % 8));
    }
    return PdqHash.fromHex(HexFormat.of().formatHex(bytes));
  }

  private static void insertItem(
      Connection db, String id, long caseId, String mediaType, PdqHash pdq) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO evidence_item (id, case_id, file_name_enc, media_type, size_bytes,"
                + " sha256, md5, pdq, blob_id, wrapped_key, capture_method, received_at,"
                + " received_by, custody_count, custody_head, version) VALUES (?, ?, 'x', ?, 1,"
                + " ?, ?, ?, ?, 'wrapped', 'UPLOAD', CURRENT_TIMESTAMP, 'test', 0, ?, 0)")) {
      insert.setString(1, id);
      insert.setLong(2, caseId);
      insert.setString(3, mediaType);
      insert.setString(4, "0".repeat(64));
      insert.setString(5, "0".repeat(32));
      insert.setString(6, pdq == null ? null : pdq.toHex());
      insert.setString(7, id);
      insert.setString(8, "0".repeat(64));
      insert.executeUpdate();
    }
  }

  private static void insertFrame(
      Connection db, String id, int number, double seconds, PdqHash pdq, int quality)
      throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO evidence_frame (evidence_id, frame_number, timestamp_seconds, quality,"
                + " pdq) VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, id);
      insert.setInt(2, number);
      insert.setDouble(3, seconds);
      insert.setInt(4, quality);
      insert.setString(5, pdq.toHex());
      insert.executeUpdate();
    }
  }
}
