package org.recourse.evidence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.vpdq.VpdqFrame;

/**
 * The perceptual hashes of all stored images, held in memory so a match compares against every one
 * of them in milliseconds (a 256-bit Hamming distance is four XORs and bit counts). Loaded from the
 * database on first use and kept current as items are received. Which cases a caller may see is
 * decided by the caller; this index only measures distances.
 *
 * <p>One index per server: a cluster would reload it on each node after writes elsewhere, which
 * this first version does not do.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class PdqIndex {

  /** One indexed image. */
  public record Entry(String evidenceId, long caseId, PdqHash hash) {}

  /** One match, nearest first. */
  public record Match(String evidenceId, long caseId, int distance) {}

  @PersistenceContext private EntityManager em;

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, List<VpdqFrame>> videos = new ConcurrentHashMap<>();
  private volatile boolean loaded;

  /**
   * Adds or replaces an image's hash. Called after the item's transaction committed, so it must not
   * touch the database: an index not loaded yet keeps this entry, and loading fills in the rest
   * without replacing it.
   */
  public void put(String evidenceId, long caseId, PdqHash hash) {
    entries.put(evidenceId, new Entry(evidenceId, caseId, hash));
  }

  /**
   * Adds or replaces a video's sampled frames. Called after the frames' transaction committed, like
   * {@link #put}.
   */
  public void putFrames(String evidenceId, long caseId, List<VpdqFrame> frames) {
    videos.put(evidenceId, List.copyOf(frames));
  }

  /** Forgets an image or a video. */
  public void remove(String evidenceId) {
    entries.remove(evidenceId);
    videos.remove(evidenceId);
  }

  /**
   * The images within {@code threshold} bits of {@code probe} in the cases {@code visibleCase}
   * accepts, nearest first.
   */
  public List<Match> matches(PdqHash probe, int threshold, LongPredicate visibleCase) {
    ensureLoaded();
    return search(entries.values(), probe, threshold, visibleCase);
  }

  /** The search itself, for the index and its benchmark. */
  public static List<Match> search(
      Iterable<Entry> entries, PdqHash probe, int threshold, LongPredicate visibleCase) {
    List<Match> found = new ArrayList<>();
    for (Entry entry : entries) {
      int distance = probe.distanceTo(entry.hash());
      if (distance <= threshold && visibleCase.test(entry.caseId())) {
        found.add(new Match(entry.evidenceId(), entry.caseId(), distance));
      }
    }
    found.sort(Comparator.comparingInt(Match::distance).thenComparing(Match::evidenceId));
    return found;
  }

  /** A case filter from a set of case ids. */
  public static LongPredicate inCases(Set<Long> caseIds) {
    return caseIds::contains;
  }

  private void ensureLoaded() {
    if (loaded) {
      return;
    }
    synchronized (this) {
      if (loaded) {
        return;
      }
      List<Object[]> rows =
          em.createQuery(
                  "SELECT e.id, e.caseFile.id, e.pdq FROM EvidenceItem e WHERE e.pdq IS NOT NULL",
                  Object[].class)
              .getResultList();
      for (Object[] row : rows) {
        String id = (String) row[0];
        entries.putIfAbsent(id, new Entry(id, (Long) row[1], PdqHash.fromHex((String) row[2])));
      }
      loaded = true;
    }
  }
}
