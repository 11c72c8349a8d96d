package org.recourse.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.recourse.evidence.EvidenceViews.MatchKind;
import org.recourse.evidence.EvidenceViews.SegmentView;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.vpdq.VpdqFrame;
import org.recourse.evidence.vpdq.VpdqMatch;
import org.recourse.evidence.vpdq.VpdqMatcher;

/**
 * The rules of look-alike matching across stills and videos, over one index of image and frame
 * hashes:
 *
 * <ul>
 *   <li>A still (an image, or one frame) matches every image and every video frame within the
 *       threshold; a video is reported once, with the time of its nearest frame (a screenshot finds
 *       the video it was taken from, and where).
 *   <li>A video probe looks up each of its frames of quality at least 50. Images hit by a frame are
 *       reported with the time of the nearest such frame in the probe. Videos hit by a frame are
 *       candidates, compared frame by frame with vPDQ's rule ({@link VpdqMatcher}, distance at most
 *       the threshold but never more than the reference's 31 bits, so that a loose threshold cannot
 *       make two unrelated videos "match whole", quality at least 50) and reported when at least 80
 *       % of the frames of either of the two match the other: the stored video compared with the
 *       probe (the reference's direction: the probe is a longer copy, or the same video) or the
 *       probe compared with the stored video (the probe is a clip cut from it). The shares both
 *       ways and the stretches both show are reported.
 *   <li>Videos matched as wholes come first, the larger share first; then everything else, nearest
 *       first.
 * </ul>
 *
 * <p>No container in it: the index search and the stored frames are handed in.
 */
final class LookAlikes {

  /** At least this share of a video's frames must match for the two videos to match. */
  static final double VIDEO_MATCH_PERCENT = VpdqMatcher.DEFAULT_COMPARED_PERCENT;

  /** Slack in seconds when following a stretch of footage across the two videos' samplings. */
  static final double SEGMENT_SLACK_SECONDS = 1.0;

  /** The index searched with the caller's threshold and visible cases already bound. */
  @FunctionalInterface
  interface Search {
    List<PdqIndex.Match> near(PdqHash probe);
  }

  /** One look-alike before its item's name and case number are read. */
  record Found(
      String evidenceId,
      long caseId,
      MatchKind kind,
      int distance,
      Double frameTimeSeconds,
      Double queryTimeSeconds,
      Double comparedPercent,
      Double queryPercent,
      List<SegmentView> segments) {

    Found {
      segments = List.copyOf(segments);
    }

    boolean wholeVideo() {
      return comparedPercent != null;
    }

    double share() {
      return wholeVideo() ? Math.max(comparedPercent, queryPercent) : 0;
    }

    static final Comparator<Found> BEST_FIRST =
        Comparator.comparing((Found f) -> !f.wholeVideo())
            .thenComparing(Comparator.comparingDouble(Found::share).reversed())
            .thenComparingInt(Found::distance)
            .thenComparing(Found::evidenceId);
  }

  private final Search search;
  private final Function<String, List<VpdqFrame>> storedFrames;
  private final int threshold;
  private final int frameThreshold;
  private final int limit;

  /**
   * @param search the index, already restricted to the caller's cases and the threshold
   * @param storedFrames a stored video's frames, by item id
   * @param threshold PDQ bits at most between matching stills or frames
   * @param limit the most look-alikes returned (and videos compared)
   */
  LookAlikes(
      Search search, Function<String, List<VpdqFrame>> storedFrames, int threshold, int limit) {
    this.search = Objects.requireNonNull(search, "search");
    this.storedFrames = Objects.requireNonNull(storedFrames, "storedFrames");
    this.threshold = threshold;
    this.frameThreshold = Math.min(threshold, VpdqMatcher.DEFAULT_DISTANCE);
    this.limit = limit;
  }

  /** Look-alikes of a still image (or of a single frame), except the item {@code excluded}. */
  List<Found> ofStill(PdqHash probe, String excluded) {
    List<Found> found = new ArrayList<>();
    for (PdqIndex.Match match : search.near(probe)) {
      if (match.evidenceId().equals(excluded)) {
        continue;
      }
      found.add(
          new Found(
              match.evidenceId(),
              match.caseId(),
              match.video() ? MatchKind.VIDEO : MatchKind.IMAGE,
              match.distance(),
              match.video() ? match.frameTimeSeconds() : null,
              null,
              null,
              null,
              List.of()));
      if (found.size() == limit) {
        break;
      }
    }
    return found;
  }

  /** Look-alikes of a video, given its frames, except the item {@code excluded}. */
  List<Found> ofVideo(List<VpdqFrame> probeFrames, String excluded) {
    Map<String, Found> images = new HashMap<>();
    Map<String, Candidate> videos = new LinkedHashMap<>();
    for (VpdqFrame frame : goodEnough(probeFrames)) {
      for (PdqIndex.Match match : search.near(frame.hash())) {
        if (match.evidenceId().equals(excluded)) {
          continue;
        }
        if (match.video()) {
          videos
              .computeIfAbsent(match.evidenceId(), id -> new Candidate(id, match.caseId()))
              .hit(match.distance());
        } else {
          Found seen = images.get(match.evidenceId());
          if (seen == null || match.distance() < seen.distance()) {
            images.put(
                match.evidenceId(),
                new Found(
                    match.evidenceId(),
                    match.caseId(),
                    MatchKind.IMAGE,
                    match.distance(),
                    null,
                    frame.timestampSeconds(),
                    null,
                    null,
                    List.of()));
          }
        }
      }
    }
    List<Found> found = new ArrayList<>(images.values());
    videos.values().stream()
        .sorted(Comparator.comparingInt(Candidate::frames).reversed())
        .limit(limit)
        .forEach(
            candidate -> {
              Found whole = compare(probeFrames, candidate);
              if (whole != null) {
                found.add(whole);
              }
            });
    found.sort(Found.BEST_FIRST);
    return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
  }

  private Found compare(List<VpdqFrame> probeFrames, Candidate candidate) {
    List<VpdqFrame> stored = storedFrames.apply(candidate.evidenceId);
    VpdqMatch match =
        new VpdqMatcher(frameThreshold, VpdqMatcher.DEFAULT_QUALITY, VIDEO_MATCH_PERCENT, 0)
            .match(probeFrames, stored);
    boolean storedInProbe = match.comparedMatchPercent() >= VIDEO_MATCH_PERCENT;
    boolean probeInStored = match.queryMatchPercent() >= VIDEO_MATCH_PERCENT;
    if (!storedInProbe && !probeInStored) {
      return null;
    }
    return new Found(
        candidate.evidenceId,
        candidate.caseId,
        MatchKind.VIDEO,
        candidate.nearest,
        null,
        null,
        match.comparedMatchPercent(),
        match.queryMatchPercent(),
        segments(goodEnough(probeFrames), goodEnough(stored), frameThreshold));
  }

  /**
   * The stretches two videos both show, in query order. Each query frame is paired with a matching
   * frame of the other video: continuing the current stretch when a matching frame lies at or after
   * the stretch's last one and not much further on than the query has moved (twice the query's step
   * plus {@value #SEGMENT_SLACK_SECONDS} s, since the two may be sampled differently); otherwise
   * its nearest matching frame starts a new stretch. A query frame matching nothing ends the
   * stretch.
   */
  static List<SegmentView> segments(List<VpdqFrame> query, List<VpdqFrame> other, int threshold) {
    List<SegmentView> segments = new ArrayList<>();
    int startQuery = -1;
    int startOther = -1;
    int lastQuery = -1;
    int lastOther = -1;
    for (int i = 0; i < query.size(); i++) {
      PdqHash hash = query.get(i).hash();
      int next = -1;
      if (startQuery >= 0) {
        double step = query.get(i).timestampSeconds() - query.get(lastQuery).timestampSeconds();
        double reach = other.get(lastOther).timestampSeconds() + 2 * step + SEGMENT_SLACK_SECONDS;
        for (int j = lastOther; j < other.size() && other.get(j).timestampSeconds() <= reach; j++) {
          if (hash.distanceTo(other.get(j).hash()) <= threshold) {
            next = j;
            break;
          }
        }
      }
      if (next >= 0) {
        lastQuery = i;
        lastOther = next;
        continue;
      }
      if (startQuery >= 0) {
        segments.add(segment(query, other, startQuery, lastQuery, startOther, lastOther));
        startQuery = -1;
      }
      int nearest = nearest(hash, other, threshold);
      if (nearest >= 0) {
        startQuery = i;
        lastQuery = i;
        startOther = nearest;
        lastOther = nearest;
      }
    }
    if (startQuery >= 0) {
      segments.add(segment(query, other, startQuery, lastQuery, startOther, lastOther));
    }
    return segments;
  }

  private static SegmentView segment(
      List<VpdqFrame> query,
      List<VpdqFrame> other,
      int startQuery,
      int endQuery,
      int startOther,
      int endOther) {
    return new SegmentView(
        query.get(startQuery).timestampSeconds(),
        query.get(endQuery).timestampSeconds(),
        other.get(startOther).timestampSeconds(),
        other.get(endOther).timestampSeconds());
  }

  private static int nearest(PdqHash hash, List<VpdqFrame> frames, int threshold) {
    int best = -1;
    int bestDistance = threshold + 1;
    for (int j = 0; j < frames.size(); j++) {
      int distance = hash.distanceTo(frames.get(j).hash());
      if (distance < bestDistance) {
        best = j;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static List<VpdqFrame> goodEnough(List<VpdqFrame> frames) {
    return frames.stream().filter(f -> f.quality() >= VpdqMatcher.DEFAULT_QUALITY).toList();
  }

  /** A stored video some probe frames hit. */
  private static final class Candidate {
    private final String evidenceId;
    private final long caseId;
    private int frames;
    private int nearest = Integer.MAX_VALUE;

    Candidate(String evidenceId, long caseId) {
      this.evidenceId = evidenceId;
      this.caseId = caseId;
    }

    void hit(int distance) {
      frames++;
      nearest = Math.min(nearest, distance);
    }

    int frames() {
      return frames;
    }
  }
}
