package org.recourse.evidence.capture;

import java.io.Serializable;
import java.time.Instant;

/** What the capture service returns to pages and the API: records, never entities. */
public final class CaptureViews {

  private CaptureViews() {}

  /**
   * A request to capture a page.
   *
   * @param url the page's address, http or https
   * @param note why it is captured, for the items' description
   * @param removalRequestId the removal request the capture is for, or null
   */
  public record NewCapture(String url, String note, Long removalRequestId)
      implements Serializable {}

  /**
   * A capture job as its requester follows it. It names the evidence items made, never their
   * content: the page's text is an item of its own, handed out like any evidence.
   */
  public record CaptureJobView(
      long id,
      long caseId,
      Long removalRequestId,
      String url,
      String note,
      CaptureStatus status,
      int progress,
      String message,
      String requestedBy,
      Instant requestedAt,
      Instant finishedAt,
      String warcId,
      String screenshotId,
      String pageId,
      String textId,
      String payloadId)
      implements Serializable {

    public boolean finished() {
      return status.finished();
    }

    static CaptureJobView of(CaptureJob job) {
      return new CaptureJobView(
          job.getId(),
          job.getCaseId(),
          job.getRemovalRequestId(),
          job.getUrl(),
          job.getNote(),
          job.getStatus(),
          job.getProgress(),
          job.getMessage(),
          job.getRequestedBy(),
          job.getRequestedAt(),
          job.getFinishedAt(),
          job.getWarcId(),
          job.getScreenshotId(),
          job.getPageId(),
          job.getTextId(),
          job.getPayloadId());
    }
  }
}
