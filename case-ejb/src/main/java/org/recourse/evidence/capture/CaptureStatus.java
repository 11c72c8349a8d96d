package org.recourse.evidence.capture;

/** Where a capture job stands; the last two are final. */
public enum CaptureStatus {
  QUEUED(0),
  FETCHING(10),
  RENDERING(50),
  STORING(80),
  DONE(100),
  FAILED(100);

  private final int progress;

  CaptureStatus(int progress) {
    this.progress = progress;
  }

  /** The share of the work done when the job reaches this status, in percent. */
  public int progress() {
    return progress;
  }

  public boolean finished() {
    return this == DONE || this == FAILED;
  }
}
