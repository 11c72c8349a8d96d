package org.recourse.evidence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import org.hibernate.Session;
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
 * <p>Every node of a cluster holds its own copy, and the copies agree within about two seconds: the
 * transaction that stores or destroys hashes also writes a change ({@link #recordAdded}, {@link
 * #recordRemoved}); this node applies its own change at once after the commit, and every node
 * applies all changes once a second ({@link #follow}). Why change polling over the shared database
 * rather than an Infinispan cache or a JMS topic, and how no change is missed, is told in {@link
 * PdqIndexNode}.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class PdqIndex {

  /** How often this node follows the change log, in milliseconds. */
  private static final long FOLLOW_EVERY_MILLIS = 1_000;

  /** How often this node prunes the change log. */
  private static final Duration PRUNE_EVERY = Duration.ofMinutes(10);

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
  @Inject private Clock clock;
  @Resource private TimerService timers;

  private final PdqIndexNode node = new PdqIndexNode();
  private volatile Instant lastPruned = Instant.EPOCH;

  /**
   * Starts following the change log once the schema is migrated; the index itself is loaded on
   * first use. The timer is not persistent, so it runs on every server that deploys the
   * application.
   */
  @PostConstruct
  void startFollowing() {
    timers.createIntervalTimer(
        FOLLOW_EVERY_MILLIS, FOLLOW_EVERY_MILLIS, new TimerConfig(null, false));
  }

  /**
   * Adds or replaces an image's hash. Called after the item's transaction committed, so it must not
   * touch the database: an index not loaded yet keeps this entry, and loading fills in the rest
   * without replacing it.
   */
  public void put(String evidenceId, long caseId, PdqHash hash) {
    node.put(evidenceId, caseId, hash);
  }

  /**
   * Adds or replaces a video's sampled frames. Called after the frames' transaction committed, like
   * {@link #put}.
   */
  public void putFrames(String evidenceId, long caseId, List<VpdqFrame> frames) {
    node.putFrames(evidenceId, caseId, indexable(frames));
  }

  /** Forgets an image or a video. */
  public void remove(String evidenceId) {
    node.remove(evidenceId);
  }

  /**
   * Tells the other nodes that an item's hashes were stored. Called in the transaction that stored
   * them, as its last statement: it holds the change log's lock until the commit.
   */
  public void recordAdded(String evidenceId) {
    em.flush();
    database()
        .run(
            db -> {
              PdqIndexNode.recordAdded(db, List.of(evidenceId), clock.instant());
              return null;
            });
  }

  /**
   * Tells the other nodes that items' hashes were destroyed, in the transaction that destroyed
   * them, as late in it as can be (see {@link #recordAdded}).
   */
  public void recordRemoved(List<String> evidenceIds) {
    em.flush();
    database()
        .run(
            db -> {
              PdqIndexNode.recordRemoved(db, List.copyOf(evidenceIds), clock.instant());
              return null;
            });
  }

  /**
   * The items with an image or a frame within {@code threshold} bits of {@code probe} in the cases
   * {@code visibleCase} accepts, nearest first.
   */
  public List<Match> matches(PdqHash probe, int threshold, LongPredicate visibleCase) {
    return node.search(database(), probe, threshold, visibleCase).stream()
        .map(
            hit ->
                new Match(
                    hit.evidenceId(), hit.caseId(), hit.video(), hit.distance(), hit.timeSeconds()))
        .toList();
  }

  /**
   * Applies the changes other nodes (and this one) wrote since the last applied, every second on
   * every node; now and then prunes the changes every node has long applied.
   */
  @Timeout
  void follow() {
    node.follow(database());
    Instant now = clock.instant();
    if (now.isAfter(lastPruned.plus(PRUNE_EVERY))) {
      lastPruned = now;
      PdqIndexNode.prune(database(), now);
    }
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

  /** The connection of the current transaction's persistence context. */
  private PdqIndexNode.Database database() {
    return new PdqIndexNode.Database() {
      @Override
      public <T> T run(PdqIndexNode.Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
      }
    };
  }
}
