package org.recourse.evidence.vpdq;

/** A stretch of a video, from the timestamp of its first frame to that of its last, in seconds. */
public record TimeSegment(double startSeconds, double endSeconds) {

  public TimeSegment {
    if (endSeconds < startSeconds) {
      throw new IllegalArgumentException("segment ends before it starts");
    }
  }
}
