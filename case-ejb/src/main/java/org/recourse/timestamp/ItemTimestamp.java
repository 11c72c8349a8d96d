package org.recourse.timestamp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The timestamp of one evidence item's SHA-256: asked for in the transaction that records the item
 * (so a receipt is never without it), obtained after that transaction, and kept once a checked
 * token is stored. The token is never replaced.
 */
@Entity
@Table(name = "evidence_timestamp")
public class ItemTimestamp {

  private static final int ERROR_LENGTH = 500;

  @Id
  @Column(name = "evidence_id")
  private String evidenceId;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TimestampStatus status;

  private byte[] reply;

  @Column(name = "tsa_name")
  private String tsaName;

  @Column(name = "stamped_at")
  private Instant stampedAt;

  @Column(name = "serial_number")
  private String serialNumber;

  @Column(nullable = false)
  private boolean development;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;

  protected ItemTimestamp() {}

  static ItemTimestamp pending(String evidenceId, String sha256, Instant now) {
    ItemTimestamp timestamp = new ItemTimestamp();
    timestamp.evidenceId = evidenceId;
    timestamp.sha256 = sha256;
    timestamp.status = TimestampStatus.PENDING;
    timestamp.requestedAt = now;
    return timestamp;
  }

  void stamped(Stamp stamp, Instant now) {
    status = TimestampStatus.STAMPED;
    reply = stamp.reply().clone();
    tsaName = stamp.tsaName();
    stampedAt = stamp.time();
    serialNumber = stamp.serialNumber();
    development = stamp.development();
    attempts++;
    lastError = null;
    lastAttemptAt = now;
  }

  void attemptFailed(TimestampStatus outcome, String error, Instant now) {
    status = outcome;
    attempts++;
    lastError =
        error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    lastAttemptAt = now;
  }

  TimestampView view() {
    return new TimestampView(status, tsaName, stampedAt, development, lastError);
  }

  public String getEvidenceId() {
    return evidenceId;
  }

  public String getSha256() {
    return sha256;
  }

  public TimestampStatus getStatus() {
    return status;
  }

  byte[] reply() {
    return reply == null ? null : reply.clone();
  }

  public String getTsaName() {
    return tsaName;
  }

  public Instant getStampedAt() {
    return stampedAt;
  }

  public int getAttempts() {
    return attempts;
  }
}
