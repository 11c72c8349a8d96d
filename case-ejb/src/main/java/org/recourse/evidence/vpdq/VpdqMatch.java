package org.recourse.evidence.vpdq;

import java.util.List;

/**
 * The outcome of comparing a query video with a compared video.
 *
 * @param queryMatchPercent share of the query's frames (of quality at least the threshold) that
 *     match a frame of the compared video
 * @param comparedMatchPercent share of the compared video's frames that match a frame of the query
 * @param matches whether both shares reach the thresholds
 * @param segments where the compared video's matching frames lie, as runs of consecutive frames
 * @param querySegments where the query's matching frames lie, likewise (for a clip compared with a
 *     longer query, the places in the longer video it came from)
 */
public record VpdqMatch(
    double queryMatchPercent,
    double comparedMatchPercent,
    boolean matches,
    List<TimeSegment> segments,
    List<TimeSegment> querySegments) {

  public VpdqMatch {
    segments = List.copyOf(segments);
    querySegments = List.copyOf(querySegments);
  }
}
