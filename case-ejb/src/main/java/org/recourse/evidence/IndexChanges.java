package org.recourse.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The log of changes to the stored perceptual hashes (table {@code pdq_index_change}), by which
 * every node's {@link PdqIndexNode} follows the others. A change names the item only; its hashes
 * are where the item keeps them ({@code evidence_item.pdq}, {@code evidence_frame}).
 *
 * <p>Change numbers come from the one row of {@code pdq_index_clock}: writing a change updates that
 * row, which stays locked until the writer's transaction ends. So numbers are handed out in commit
 * order with no gaps (a rolled-back writer gives its numbers back), and a reader that sees change n
 * has seen every change before it. The price is that writers of changes commit one after the other;
 * each writes its changes as its last statement, so the lock is held for the commit only (a purge
 * holds it while it erases the rest of the case).
 */
final class IndexChanges {

  /** What happened to an item's hashes. */
  enum Op {
    /** Hashes were stored: an image received, a video analysed. */
    ADD,
    /** Hashes were destroyed: the item was shredded. */
    REMOVE
  }

  /** One change: its number, the item and what happened. */
  record Change(long id, String evidenceId, Op op) {}

  private IndexChanges() {}

  /**
   * Writes one change per item, numbered in order, in the transaction of {@code db}. Call it as the
   * last statement of the transaction that stores or destroys the hashes.
   */
  static void record(Connection db, List<String> evidenceIds, Op op, Instant now)
      throws SQLException {
    if (evidenceIds.isEmpty()) {
      return;
    }
    try (PreparedStatement take =
        db.prepareStatement(
            "UPDATE pdq_index_clock SET last_change = last_change + ? WHERE id = 1")) {
      take.setLong(1, evidenceIds.size());
      take.executeUpdate();
    }
    long next = last(db) - evidenceIds.size() + 1;
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO pdq_index_change (id, evidence_id, op, created_at) VALUES (?, ?, ?, ?)")) {
      OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
      for (String evidenceId : evidenceIds) {
        insert.setLong(1, next++);
        insert.setString(2, evidenceId);
        insert.setString(3, op.name());
        insert.setObject(4, at);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The number of the last committed change (0 before the first). */
  static long last(Connection db) throws SQLException {
    try (PreparedStatement query =
            db.prepareStatement("SELECT last_change FROM pdq_index_clock WHERE id = 1");
        ResultSet row = query.executeQuery()) {
      return row.next() ? row.getLong(1) : 0;
    }
  }

  /** Up to {@code limit} changes numbered after {@code after}, in order. */
  static List<Change> after(Connection db, long after, int limit) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT id, evidence_id, op FROM pdq_index_change WHERE id > ? ORDER BY id LIMIT ?")) {
      query.setLong(1, after);
      query.setInt(2, limit);
      List<Change> changes = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          changes.add(
              new Change(rows.getLong(1), rows.getString(2), Op.valueOf(rows.getString(3))));
        }
      }
      return changes;
    }
  }

  /** Deletes the changes written before {@code cutoff}; returns how many. */
  static int pruneBefore(Connection db, Instant cutoff) throws SQLException {
    try (PreparedStatement delete =
        db.prepareStatement("DELETE FROM pdq_index_change WHERE created_at < ?")) {
      delete.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
      return delete.executeUpdate();
    }
  }
}
