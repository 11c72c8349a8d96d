package org.recourse.evidence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongPredicate;
import org.recourse.evidence.index.PdqMultiIndex;
import org.recourse.evidence.index.PdqMultiIndex.Frame;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.vpdq.VpdqFrame;
import org.recourse.evidence.vpdq.VpdqMatcher;

/**
 * The perceptual hashes of all stored images and of every sampled frame of every stored video, in
 * one in-memory index ({@link PdqMultiIndex}) so a still or a frame is compared against all of them
 * in about a millisecond. Loaded from the database on first use and kept current as items are
 * received, analysed and shredded. Which cases a caller may see is decided by the caller; this
 * index only measures distances.
 *
 * <p>Frames below the vPDQ reference's quality threshold (50) are left out: the reference never
 * lets them match, and a dark or flat frame would otherwise match every other one.
 *
 * <p>One index per server: a cluster would reload it on each node after writes elsewhere, which
 * this version does not do.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class PdqIndex {

  /** Rows read per query while loading. */
  static final int PAGE = 10_000;

  /**
   * One item with a hash near the probe.
   *
   * @param video whether the item is a video
   * @param distance the distance of its nearest hash (for a video, nearest frame)
   * @param frameTimeSeconds for a video, the time of its nearest frame (the earliest of equally
   *     near ones); NaN for an image
   */
  public record Match(
      String evidenceId, long caseId, boolean video, int distance, double frameTimeSeconds) {}

  @PersistenceContext private EntityManager em;

  private final PdqMultiIndex index = new PdqMultiIndex();
  private volatile boolean loaded;

  /**
   * Items forgotten before the first load finished: the load may have read them from the database
   * just before they were shredded, and must not bring them back.
   */
  private final Set<String> forgottenWhileLoading = ConcurrentHashMap.newKeySet();

  /**
   * Adds or replaces an image's hash. Called after the item's transaction committed, so it must not
   * touch the database: an index not loaded yet keeps this entry, and loading fills in the rest
   * without replacing it.
   */
  public void put(String evidenceId, long caseId, PdqHash hash) {
    forgottenWhileLoading.remove(evidenceId);
    index.putImage(evidenceId, caseId, hash);
  }

  /**
   * Adds or replaces a video's sampled frames. Called after the frames' transaction committed, like
   * {@link #put}.
   */
  public void putFrames(String evidenceId, long caseId, List<VpdqFrame> frames) {
    forgottenWhileLoading.remove(evidenceId);
    index.putFrames(evidenceId, caseId, indexable(frames));
  }

  /** Forgets an image or a video. */
  public void remove(String evidenceId) {
    if (!loaded) {
      forgottenWhileLoading.add(evidenceId);
    }
    index.remove(evidenceId);
  }

  /**
   * The items with an image or a frame within {@code threshold} bits of {@code probe} in the cases
   * {@code visibleCase} accepts, nearest first.
   */
  public List<Match> matches(PdqHash probe, int threshold, LongPredicate visibleCase) {
    ensureLoaded();
    return index.search(probe, threshold, visibleCase).stream()
        .map(
            hit ->
                new Match(
                    hit.evidenceId(), hit.caseId(), hit.video(), hit.distance(), hit.timeSeconds()))
        .toList();
  }

  /** A case filter from a set of case ids. */
  public static LongPredicate inCases(Set<Long> caseIds) {
    return caseIds::contains;
  }

  /** The frames the index holds of a video: those of quality enough to match. */
  static List<Frame> indexable(List<VpdqFrame> frames) {
    List<Frame> kept = new ArrayList<>(frames.size());
    for (VpdqFrame frame : frames) {
      if (frame.quality() >= VpdqMatcher.DEFAULT_QUALITY) {
        kept.add(new Frame(frame.timestampSeconds(), frame.hash()));
      }
    }
    return kept;
  }

  private void ensureLoaded() {
    if (loaded) {
      return;
    }
    synchronized (this) {
      if (loaded) {
        return;
      }
      index.beginBulk();
      try {
        loadImages();
        loadFrames();
        forgottenWhileLoading.forEach(index::remove);
        forgottenWhileLoading.clear();
      } finally {
        index.endBulk();
      }
      loaded = true;
    }
  }

  /**
   * Image hashes, a page at a time in id order. A video is indexed by its frames only, even should
   * its item carry a hash (of a poster frame).
   */
  private void loadImages() {
    String after = "";
    while (true) {
      List<Object[]> rows =
          em.createQuery(
                  "SELECT e.id, e.caseFile.id, e.pdq FROM EvidenceItem e"
                      + " WHERE e.pdq IS NOT NULL AND e.mediaType NOT LIKE 'video/%'"
                      + " AND e.id > :after ORDER BY e.id",
                  Object[].class)
              .setParameter("after", after)
              .setMaxResults(PAGE)
              .getResultList();
      for (Object[] row : rows) {
        after = (String) row[0];
        index.putImageIfAbsent(after, (Long) row[1], PdqHash.fromHex((String) row[2]));
      }
      if (rows.size() < PAGE) {
        return;
      }
    }
  }

  /**
   * Frames of quality enough to match, a page at a time in (item, frame number) order, each video
   * entered once all its frames are read. Only the columns the index needs are read.
   */
  private void loadFrames() {
    String afterId = "";
    int afterFrame = -1;
    String current = null;
    long currentCase = 0;
    List<Frame> frames = new ArrayList<>();
    while (true) {
      List<Object[]> rows =
          em.createQuery(
                  "SELECT f.evidenceId, e.caseFile.id, f.frameNumber, f.timestampSeconds, f.pdq"
                      + " FROM EvidenceFrame f, EvidenceItem e"
                      + " WHERE e.id = f.evidenceId AND f.quality >= :quality"
                      + " AND (f.evidenceId > :afterId"
                      + " OR (f.evidenceId = :afterId AND f.frameNumber > :afterFrame))"
                      + " ORDER BY f.evidenceId, f.frameNumber",
                  Object[].class)
              .setParameter("quality", VpdqMatcher.DEFAULT_QUALITY)
              .setParameter("afterId", afterId)
              .setParameter("afterFrame", afterFrame)
              .setMaxResults(PAGE)
              .getResultList();
      for (Object[] row : rows) {
        String evidenceId = (String) row[0];
        if (!evidenceId.equals(current)) {
          if (current != null) {
            index.putFramesIfAbsent(current, currentCase, List.copyOf(frames));
          }
          current = evidenceId;
          currentCase = (Long) row[1];
          frames.clear();
        }
        frames.add(new Frame((Double) row[3], PdqHash.fromHex((String) row[4])));
        afterId = evidenceId;
        afterFrame = (Integer) row[2];
      }
      if (rows.size() < PAGE) {
        break;
      }
    }
    if (current != null) {
      index.putFramesIfAbsent(current, currentCase, frames);
    }
  }
}
