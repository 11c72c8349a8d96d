package org.recourse.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recourse.evidence.index.PdqMultiIndex;
import org.recourse.evidence.index.PdqMultiIndex.Frame;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.vpdq.VpdqMatcher;

/**
 * The hashes the look-alike index holds, read from where items keep them: an image's hash on its
 * item, a video's frames of quality enough to match in {@code evidence_frame}. A video is indexed
 * by its frames only, even should its item carry a hash. Plain JDBC in the caller's transaction.
 */
final class StoredHashes {

  /** Rows read per query while loading everything. */
  static final int PAGE = 10_000;

  /** An item's indexable hashes: an image's one hash, or a video's frames. */
  record Stored(long caseId, PdqHash image, List<Frame> frames) {}

  private StoredHashes() {}

  /**
   * Enters every stored hash into {@code index}, leaving alone items it holds already (entered
   * after their commit while this load ran).
   */
  static void loadAll(Connection db, PdqMultiIndex index) throws SQLException {
    loadImages(db, index);
    loadFrames(db, index);
  }

  /**
   * The indexable hashes of the given items that still have any, read one item at a time (a batch
   * of changes names few items; a purge's name none, as shredded items are not read again).
   */
  static Map<String, Stored> of(Connection db, Collection<String> evidenceIds) throws SQLException {
    Map<String, Stored> found = new HashMap<>();
    try (PreparedStatement image =
            db.prepareStatement(
                "SELECT case_id, pdq FROM evidence_item WHERE id = ? AND pdq IS NOT NULL"
                    + " AND media_type NOT LIKE 'video/%'");
        PreparedStatement video =
            db.prepareStatement(
                "SELECT e.case_id, f.timestamp_seconds, f.pdq"
                    + " FROM evidence_frame f JOIN evidence_item e ON e.id = f.evidence_id"
                    + " WHERE f.evidence_id = ? AND f.quality >= ? ORDER BY f.frame_number")) {
      for (String evidenceId : evidenceIds) {
        image.setString(1, evidenceId);
        try (ResultSet row = image.executeQuery()) {
          if (row.next()) {
            found.put(
                evidenceId,
                new Stored(row.getLong(1), PdqHash.fromHex(row.getString(2)), List.of()));
            continue;
          }
        }
        video.setString(1, evidenceId);
        video.setInt(2, VpdqMatcher.DEFAULT_QUALITY);
        long caseId = 0;
        List<Frame> frames = new ArrayList<>();
        try (ResultSet rows = video.executeQuery()) {
          while (rows.next()) {
            caseId = rows.getLong(1);
            frames.add(new Frame(rows.getDouble(2), PdqHash.fromHex(rows.getString(3))));
          }
        }
        if (!frames.isEmpty()) {
          found.put(evidenceId, new Stored(caseId, null, List.copyOf(frames)));
        }
      }
    }
    return found;
  }

  /** Image hashes, a page at a time in id order; videos are left to {@link #loadFrames}. */
  private static void loadImages(Connection db, PdqMultiIndex index) throws SQLException {
    String after = "";
    while (true) {
      int read = 0;
      try (PreparedStatement query =
          db.prepareStatement(
              "SELECT id, case_id, pdq FROM evidence_item WHERE pdq IS NOT NULL"
                  + " AND media_type NOT LIKE 'video/%' AND id > ? ORDER BY id LIMIT ?")) {
        query.setString(1, after);
        query.setInt(2, PAGE);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            read++;
            after = rows.getString(1);
            index.putImageIfAbsent(after, rows.getLong(2), PdqHash.fromHex(rows.getString(3)));
          }
        }
      }
      if (read < PAGE) {
        return;
      }
    }
  }

  /**
   * Frames of quality enough to match, a page at a time in (item, frame number) order, each video
   * entered once all its frames are read. Only the columns the index needs are read.
   */
  private static void loadFrames(Connection db, PdqMultiIndex index) throws SQLException {
    String afterId = "";
    int afterFrame = -1;
    String current = null;
    long currentCase = 0;
    List<Frame> frames = new ArrayList<>();
    while (true) {
      int read = 0;
      try (PreparedStatement query =
          db.prepareStatement(
              "SELECT f.evidence_id, e.case_id, f.frame_number, f.timestamp_seconds, f.pdq"
                  + " FROM evidence_frame f JOIN evidence_item e ON e.id = f.evidence_id"
                  + " WHERE f.quality >= ?"
                  + " AND (f.evidence_id > ? OR (f.evidence_id = ? AND f.frame_number > ?))"
                  + " ORDER BY f.evidence_id, f.frame_number LIMIT ?")) {
        query.setInt(1, VpdqMatcher.DEFAULT_QUALITY);
        query.setString(2, afterId);
        query.setString(3, afterId);
        query.setInt(4, afterFrame);
        query.setInt(5, PAGE);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            read++;
            String evidenceId = rows.getString(1);
            if (!evidenceId.equals(current)) {
              if (current != null) {
                index.putFramesIfAbsent(current, currentCase, List.copyOf(frames));
              }
              current = evidenceId;
              currentCase = rows.getLong(2);
              frames.clear();
            }
            frames.add(new Frame(rows.getDouble(4), PdqHash.fromHex(rows.getString(5))));
            afterId = evidenceId;
            afterFrame = rows.getInt(3);
          }
        }
      }
      if (read < PAGE) {
        break;
      }
    }
    if (current != null) {
      index.putFramesIfAbsent(current, currentCase, frames);
    }
  }
}
