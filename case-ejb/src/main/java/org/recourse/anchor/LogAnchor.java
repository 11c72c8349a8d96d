package org.recourse.anchor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.recourse.timestamp.Stamp;
import org.recourse.timestamp.TimestampStatus;

/**
 * One anchor: the manifest of the logs' heads at a moment, and the TSA's token over its SHA-256
 * once obtained (asked for after the manifest is stored, and retried like an item's). Never changed
 * after it is stamped.
 */
@Entity
@Table(name = "log_anchor")
public class LogAnchor {

  private static final int ERROR_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private String requestedBy;

  @Column(nullable = false, updatable = false)
  private byte[] manifest;

  @Column(name = "manifest_sha256", nullable = false, updatable = false)
  private String manifestSha256;

  @Column(name = "access_count", nullable = false, updatable = false)
  private long accessCount;

  @Column(name = "custody_items", nullable = false, updatable = false)
  private int custodyItems;

  @Column(name = "custody_entries", nullable = false, updatable = false)
  private long custodyEntries;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TimestampStatus status;

  private byte[] reply;

  @Column(name = "tsa_name")
  private String tsaName;

  @Column(name = "stamped_at")
  private Instant stampedAt;

  @Column(nullable = false)
  private boolean development;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  protected LogAnchor() {}

  static LogAnchor pending(
      Instant createdAt,
      String requestedBy,
      byte[] manifest,
      String manifestSha256,
      long accessCount,
      int custodyItems,
      long custodyEntries) {
    LogAnchor anchor = new LogAnchor();
    anchor.createdAt = createdAt;
    anchor.requestedBy = requestedBy;
    anchor.manifest = manifest.clone();
    anchor.manifestSha256 = manifestSha256;
    anchor.accessCount = accessCount;
    anchor.custodyItems = custodyItems;
    anchor.custodyEntries = custodyEntries;
    anchor.status = TimestampStatus.PENDING;
    return anchor;
  }

  void stamped(Stamp stamp) {
    status = TimestampStatus.STAMPED;
    reply = stamp.reply().clone();
    tsaName = stamp.tsaName();
    stampedAt = stamp.time();
    development = stamp.development();
    attempts++;
    lastError = null;
  }

  void attemptFailed(TimestampStatus outcome, String error) {
    status = outcome;
    attempts++;
    lastError =
        error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
  }

  AnchorView view() {
    return new AnchorView(
        id,
        createdAt,
        requestedBy,
        status,
        tsaName,
        stampedAt,
        development,
        accessCount,
        custodyItems,
        custodyEntries,
        manifestSha256,
        lastError);
  }

  public Long getId() {
    return id;
  }

  public TimestampStatus getStatus() {
    return status;
  }

  byte[] manifest() {
    return manifest.clone();
  }

  byte[] reply() {
    return reply == null ? null : reply.clone();
  }

  String getManifestSha256() {
    return manifestSha256;
  }
}
