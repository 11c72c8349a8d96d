package org.recourse.evidence;

/** What happened to an evidence item, as its chain of custody records it. */
public enum CustodyAction {
  RECEIVED("Received"),
  PREVIEW_REVEALED("Preview revealed"),
  DOWNLOADED("Downloaded"),
  EXPORTED("Exported"),
  VERIFIED("Integrity verified"),
  VERIFICATION_FAILED("Integrity check FAILED"),
  VIDEO_ANALYSED("Video analysed"),
  VIDEO_ANALYSIS_FAILED("Video could not be analysed"),
  TEXT_SEARCHED("Captured text searched, passages shown"),
  DELETED("Deleted");

  private final String label;

  CustodyAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
