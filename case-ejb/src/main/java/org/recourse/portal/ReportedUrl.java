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
 * removal requests, so the same address reported twice, or already requested, is recognised.
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
