package org.recourse.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.recourse.casefile.CaseFile;

/**
 * A web address where the client found the content, with what it is in their words: a suggestion
 * for the team, who turn it into a removal request or dismiss it. Kept in the normalised form of
 * removal requests, so the same address reported twice, or already requested, is recognised. The
 * decision is taken once; the case history (Envers) shows it with who took it.
 */
@Entity
@Table(name = "reported_url")
@Audited
public class ReportedUrl {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @Column(nullable = false, updatable = false)
  private String url;

  @Column(nullable = false, updatable = false)
  private String host;

  @Column(updatable = false)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportStatus status;

  @Column(name = "removal_id")
  private Long removalId;

  @Column(name = "dismiss_reason")
  private String dismissReason;

  @NotAudited
  @Column(name = "decided_at")
  private Instant decidedAt;

  @NotAudited
  @Column(name = "decided_by")
  private String decidedBy;

  @NotAudited
  @Column(name = "reported_at", nullable = false, updatable = false)
  private Instant reportedAt;

  @NotAudited
  @Column(name = "reported_by", nullable = false, updatable = false)
  private String reportedBy;

  protected ReportedUrl() {}

  public ReportedUrl(
      CaseFile caseFile,
      String url,
      String host,
      String note,
      Instant reportedAt,
      String reportedBy) {
    this.caseFile = caseFile;
    this.url = url;
    this.host = host;
    this.note = note;
    this.status = ReportStatus.NEW;
    this.reportedAt = reportedAt;
    this.reportedBy = reportedBy;
  }

  /**
   * The team took the address on: it is now the removal request {@code removalId} (a new draft, or
   * the one the case already had for the address).
   */
  public void accept(long removalId, String by, Instant at) {
    requireOpen();
    this.status = ReportStatus.ACCEPTED;
    this.removalId = removalId;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  /** The team does not take the address further; the reason (optional) is the team's own note. */
  public void dismiss(String reason, String by, Instant at) {
    requireOpen();
    this.status = ReportStatus.DISMISSED;
    this.dismissReason = reason;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  /** Refused (409) once the team has decided on the address. */
  public void requireOpen() {
    if (status != ReportStatus.NEW) {
      throw new ReportDecidedException(
          "The team has decided on this address already ("
              + status.name().toLowerCase(java.util.Locale.ROOT)
              + (decidedBy == null ? "" : " by " + decidedBy)
              + ")");
    }
  }

  public Long getRemovalId() {
    return removalId;
  }

  public String getDismissReason() {
    return dismissReason;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public String getUrl() {
    return url;
  }

  public String getHost() {
    return host;
  }

  public String getNote() {
    return note;
  }

  public ReportStatus getStatus() {
    return status;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public String getReportedBy() {
    return reportedBy;
  }
}
