package org.recourse.evidence;

/**
 * Which preview of an item is asked for. An image has only its thumbnail; a video has a poster (one
 * frame, a tenth into it) and a strip of frames spread evenly over it.
 */
public enum PreviewKind {
  POSTER,
  STRIP
}
