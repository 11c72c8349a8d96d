package org.recourse.evidence;

/**
 * Where the analysis of a video stands. Images are analysed while they are received and carry no
 * status; a video is hashed frame by frame after it is stored, which can take minutes.
 */
public enum AnalysisStatus {
  /** Stored; its frames are being hashed. */
  PENDING,
  /** Its frames are hashed and in the match index. */
  DONE,
  /** It could not be analysed; the item's analysis note says why. The file itself is kept. */
  FAILED
}
