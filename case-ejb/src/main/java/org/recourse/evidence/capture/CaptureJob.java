package org.recourse.evidence.capture;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.recourse.shared.crypto.EncryptedStringConverter;

/**
 * One request to capture a page into a case: who asked, for which address, where the work stands,
 * and when it is done the evidence items it made. A job moves forward only ({@link CaptureStatus});
 * a failure is a final state with its reason, never an exception left in a log. The message says
 * what the network did (a host not found, a refused address, a cap reached), never the page's
 * content.
 */
@Entity
@Table(name = "capture_job")
public class CaptureJob {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Column(name = "removal_request_id", updatable = false)
  private Long removalRequestId;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "url_enc", nullable = false, updatable = false)
  private String url;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "note_enc", updatable = false)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaptureStatus status;

  @Column(nullable = false)
  private int progress;

  private String message;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "warc_id")
  private String warcId;

  @Column(name = "screenshot_id")
  private String screenshotId;

  @Column(name = "page_id")
  private String pageId;

  @Column(name = "text_id")
  private String textId;

  @Column(name = "payload_id")
  private String payloadId;

  @Version private long version;

  protected CaptureJob() {}

  public CaptureJob(
      long caseId,
      Long removalRequestId,
      String url,
      String note,
      String requestedBy,
      Instant requestedAt) {
    this.caseId = caseId;
    this.removalRequestId = removalRequestId;
    this.url = url;
    this.note = note;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.status = CaptureStatus.QUEUED;
    this.progress = CaptureStatus.QUEUED.progress();
  }

  /** Moves the job on; a finished job stays as it is. */
  public void advance(CaptureStatus next, String message, Instant at) {
    if (status.finished()) {
      return;
    }
    this.status = next;
    this.progress = Math.max(progress, next.progress());
    if (message != null) {
      this.message = clip(message);
    }
    if (next.finished()) {
      this.finishedAt = at;
    }
  }

  /** Records the evidence items the capture made. */
  public void stored(
      String warcId, String screenshotId, String pageId, String textId, String payloadId) {
    this.warcId = warcId;
    this.screenshotId = screenshotId;
    this.pageId = pageId;
    this.textId = textId;
    this.payloadId = payloadId;
  }

  private static String clip(String value) {
    return value.length() <= 1000 ? value : value.substring(0, 1000);
  }

  public Long getId() {
    return id;
  }

  public long getCaseId() {
    return caseId;
  }

  public Long getRemovalRequestId() {
    return removalRequestId;
  }

  public String getUrl() {
    return url;
  }

  public String getNote() {
    return note;
  }

  public CaptureStatus getStatus() {
    return status;
  }

  public int getProgress() {
    return progress;
  }

  public String getMessage() {
    return message;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public String getWarcId() {
    return warcId;
  }

  public String getScreenshotId() {
    return screenshotId;
  }

  public String getPageId() {
    return pageId;
  }

  public String getTextId() {
    return textId;
  }

  public String getPayloadId() {
    return payloadId;
  }
}
