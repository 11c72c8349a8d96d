package org.recourse.evidence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;
import org.recourse.evidence.IndexChanges.Change;
import org.recourse.evidence.IndexChanges.Op;
import org.recourse.evidence.StoredHashes.Stored;
import org.recourse.evidence.index.PdqMultiIndex;
import org.recourse.evidence.index.PdqMultiIndex.Hit;
import org.recourse.evidence.pdq.PdqHash;

/**
 * One node's copy of the look-alike index, kept the same as every other node's by change polling
 * over the shared database ({@link IndexChanges}). Chosen over an Infinispan cache or a JMS topic
 * because it needs no new infrastructure (those need WildFly's HA profile, a cluster transport or a
 * broker, and their configuration), runs alike on H2 and PostgreSQL, and cannot lose a change: the
 * change is committed with the hashes it announces, and a node that restarts simply reloads from
 * the tables.
 *
 * <p>The node loads everything on first use, having first noted the number of the last change; then
 * {@link #follow} applies every change after the last one applied, in order. A change says only
 * which item changed: an added item's hashes are read again from the database, so applying a change
 * twice (a node's own, which it applied at once after its commit) or late changes nothing. Changes
 * older than {@link #KEEP_CHANGES} are pruned: a node that finds the change after its last one gone
 * (it was away that long) reloads everything.
 */
final class PdqIndexNode {

  /** How long changes are kept: far longer than any node goes without following. */
  static final Duration KEEP_CHANGES = Duration.ofHours(1);

  /** Changes read per query while following. */
  static final int BATCH = 1_000;

  /** The shared database, in a transaction the caller provides. */
  @FunctionalInterface
  interface Database {
    <T> T run(Work<T> work);
  }

  /** Work on the database's connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection db) throws SQLException;
  }

  private volatile PdqMultiIndex index = new PdqMultiIndex();
  private volatile boolean loaded;

  /** The number of the last change this node has applied (or loaded past). */
  private long applied;

  /**
   * Items forgotten before the first load finished: the load may have read them from the database
   * just before they were shredded, and must not bring them back.
   */
  private final Set<String> forgottenWhileLoading = ConcurrentHashMap.newKeySet();

  /** Adds or replaces an image's hash, after its commit. Does not touch the database. */
  void put(String evidenceId, long caseId, PdqHash hash) {
    forgottenWhileLoading.remove(evidenceId);
    index.putImage(evidenceId, caseId, hash);
  }

  /** Adds or replaces a video's indexable frames, after their commit. */
  void putFrames(String evidenceId, long caseId, List<PdqMultiIndex.Frame> frames) {
    forgottenWhileLoading.remove(evidenceId);
    index.putFrames(evidenceId, caseId, frames);
  }

  /** Forgets an item, after its shredding committed. */
  void remove(String evidenceId) {
    if (!loaded) {
      forgottenWhileLoading.add(evidenceId);
    }
    index.remove(evidenceId);
  }

  /** The hits within {@code threshold} bits of {@code probe}, loading the index on first use. */
  List<Hit> search(Database database, PdqHash probe, int threshold, LongPredicate visibleCase) {
    ensureLoaded(database);
    return index.search(probe, threshold, visibleCase);
  }

  /**
   * Applies the changes written since the last one applied, by this node or another. A node that
   * has not loaded yet has nothing to follow: its load will read the tables as they are then.
   *
   * @return how many changes were applied
   */
  synchronized int follow(Database database) {
    if (!loaded) {
      return 0;
    }
    return database.run(
        db -> {
          long last = IndexChanges.last(db);
          int count = 0;
          while (applied < last) {
            List<Change> changes = IndexChanges.after(db, applied, BATCH);
            if (changes.isEmpty() || changes.get(0).id() != applied + 1) {
              reload(db);
              return count;
            }
            apply(db, changes);
            applied = changes.get(changes.size() - 1).id();
            count += changes.size();
          }
          return count;
        });
  }

  /** Marks stored hashes added, as the last statement of the transaction that stored them. */
  static void recordAdded(Connection db, List<String> evidenceIds, Instant now)
      throws SQLException {
    IndexChanges.record(db, evidenceIds, Op.ADD, now);
  }

  /** Marks items' hashes destroyed, as the last statement of the transaction that shredded them. */
  static void recordRemoved(Connection db, List<String> evidenceIds, Instant now)
      throws SQLException {
    IndexChanges.record(db, evidenceIds, Op.REMOVE, now);
  }

  /** Deletes the changes older than {@link #KEEP_CHANGES}; returns how many. */
  static int prune(Database database, Instant now) {
    return database.run(db -> IndexChanges.pruneBefore(db, now.minus(KEEP_CHANGES)));
  }

  /**
   * Applies a batch of changes: each item once, as its latest change says. An added item is read
   * again, so an item shredded since is forgotten rather than brought back.
   */
  private void apply(Connection db, List<Change> changes) throws SQLException {
    Map<String, Op> latest = new LinkedHashMap<>();
    for (Change change : changes) {
      latest.put(change.evidenceId(), change.op());
    }
    List<String> added =
        latest.entrySet().stream()
            .filter(e -> e.getValue() == Op.ADD)
            .map(Map.Entry::getKey)
            .toList();
    Map<String, Stored> stored = StoredHashes.of(db, added);
    PdqMultiIndex current = index;
    latest.forEach(
        (evidenceId, op) -> {
          Stored hashes = op == Op.ADD ? stored.get(evidenceId) : null;
          if (hashes == null) {
            current.remove(evidenceId);
          } else if (hashes.image() != null) {
            current.putImage(evidenceId, hashes.caseId(), hashes.image());
          } else {
            current.putFrames(evidenceId, hashes.caseId(), hashes.frames());
          }
        });
  }

  private void ensureLoaded(Database database) {
    if (loaded) {
      return;
    }
    synchronized (this) {
      if (loaded) {
        return;
      }
      database.run(
          db -> {
            load(db);
            return null;
          });
    }
  }

  /** Loads everything, having noted the last change first so that none after it is missed. */
  private void load(Connection db) throws SQLException {
    applied = IndexChanges.last(db);
    PdqMultiIndex loading = index;
    loading.beginBulk();
    try {
      StoredHashes.loadAll(db, loading);
      forgottenWhileLoading.forEach(loading::remove);
      forgottenWhileLoading.clear();
    } finally {
      loading.endBulk();
    }
    loaded = true;
  }

  /** Starts again from the tables, when changes this node never applied were pruned. */
  private void reload(Connection db) throws SQLException {
    loaded = false;
    index = new PdqMultiIndex();
    load(db);
  }
}
