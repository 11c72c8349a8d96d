package org.recourse.evidence.vpdq;

import java.util.ArrayList;
import java.util.List;
import org.recourse.evidence.pdq.PdqHash;

/**
 * Decides whether two videos are the same footage by Meta ThreatExchange vPDQ's matching rule.
 *
 * <p>Frames of quality below {@code qualityThreshold} (50 in the reference) are left out of both
 * videos. A frame of one video matches a frame of the other when their PDQ hashes are at most
 * {@code distanceThreshold} (31) bits apart. The compared-match percentage is the share of the
 * compared video's remaining frames that match some frame of the query, the query-match percentage
 * the share of the query's that match some frame of the compared video. The videos match when the
 * compared percentage is at least {@code comparedThreshold} (80) and the query percentage at least
 * {@code queryThreshold} (0 by default, so that a clip matches the longer video it was cut from
 * when the clip is the compared video).
 *
 * <p>The segments are the runs of consecutive compared-video frames (in the order they were hashed,
 * among those of sufficient quality) that match, each from its first frame's timestamp to its
 * last's; the query's segments likewise. The comparison is brute force, quadratic in the frame
 * counts, which is what one pair of sampled videos needs; searching a collection belongs in an
 * index.
 */
public final class VpdqMatcher {

  public static final int DEFAULT_DISTANCE = PdqHash.MATCH_THRESHOLD;
  public static final int DEFAULT_QUALITY = 50;
  public static final double DEFAULT_COMPARED_PERCENT = 80;
  public static final double DEFAULT_QUERY_PERCENT = 0;

  private final int distanceThreshold;
  private final int qualityThreshold;
  private final double comparedThreshold;
  private final double queryThreshold;

  /** The reference's defaults. */
  public VpdqMatcher() {
    this(DEFAULT_DISTANCE, DEFAULT_QUALITY, DEFAULT_COMPARED_PERCENT, DEFAULT_QUERY_PERCENT);
  }

  public VpdqMatcher(
      int distanceThreshold,
      int qualityThreshold,
      double comparedThreshold,
      double queryThreshold) {
    this.distanceThreshold = distanceThreshold;
    this.qualityThreshold = qualityThreshold;
    this.comparedThreshold = comparedThreshold;
    this.queryThreshold = queryThreshold;
  }

  /** Compares {@code query} with {@code compared}; the rule is not symmetric in the two. */
  public VpdqMatch match(List<VpdqFrame> query, List<VpdqFrame> compared) {
    List<VpdqFrame> q = goodEnough(query);
    List<VpdqFrame> c = goodEnough(compared);
    boolean[] queryMatched = new boolean[q.size()];
    boolean[] comparedMatched = new boolean[c.size()];
    for (int i = 0; i < q.size(); i++) {
      PdqHash hash = q.get(i).hash();
      for (int j = 0; j < c.size(); j++) {
        if (hash.distanceTo(c.get(j).hash()) <= distanceThreshold) {
          queryMatched[i] = true;
          comparedMatched[j] = true;
        }
      }
    }
    double queryPercent = percent(queryMatched);
    double comparedPercent = percent(comparedMatched);
    boolean matches =
        !c.isEmpty()
            && !q.isEmpty()
            && comparedPercent >= comparedThreshold
            && queryPercent >= queryThreshold;
    return new VpdqMatch(
        queryPercent,
        comparedPercent,
        matches,
        segments(c, comparedMatched),
        segments(q, queryMatched));
  }

  private List<VpdqFrame> goodEnough(List<VpdqFrame> frames) {
    List<VpdqFrame> kept = new ArrayList<>(frames.size());
    for (VpdqFrame frame : frames) {
      if (frame.quality() >= qualityThreshold) {
        kept.add(frame);
      }
    }
    return kept;
  }

  private static double percent(boolean[] matched) {
    if (matched.length == 0) {
      return 0;
    }
    int count = 0;
    for (boolean m : matched) {
      if (m) {
        count++;
      }
    }
    return 100.0 * count / matched.length;
  }

  private static List<TimeSegment> segments(List<VpdqFrame> frames, boolean[] matched) {
    List<TimeSegment> segments = new ArrayList<>();
    int start = -1;
    for (int j = 0; j <= frames.size(); j++) {
      boolean in = j < frames.size() && matched[j];
      if (in && start < 0) {
        start = j;
      } else if (!in && start >= 0) {
        segments.add(
            new TimeSegment(
                frames.get(start).timestampSeconds(), frames.get(j - 1).timestampSeconds()));
        start = -1;
      }
    }
    return segments;
  }
}
