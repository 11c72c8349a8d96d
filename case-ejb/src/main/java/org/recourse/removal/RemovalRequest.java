package org.recourse.removal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.recourse.casefile.CaseFile;
import org.recourse.law.SourceGrade;
import org.recourse.law.Statute;
import org.recourse.removal.check.UrlState;
import org.recourse.removal.notice.LegalBasis;

/**
 * One URL on one platform that a case asks to have taken down, under one legal basis. Its status
 * changes are refused unless {@link RemovalStatus#canMoveTo} allows them, and each is kept as a
 * {@link RemovalEvent}. Submitting starts the clock of the basis: {@code slaDueAt} is when the
 * platform must have acted (47 U.S.C. § 223a: 48 hours; eSafety notice: 24 hours), or the follow-up
 * date the team set where the law sets no clock. The clock comes from the statute chosen on the
 * request ({@code clockStatute}, any statute of the law library with a rule counting from a
 * request, such as Utah Code § 13-72b-302) or else from the basis' statute. The watcher records
 * whether the URL still answers.
 */
@Entity
@Table(name = "removal_request")
@Audited
public class RemovalRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "platform_id", nullable = false)
  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  private Platform platform;

  @Column(nullable = false, updatable = false)
  private String url;

  @Column(nullable = false, updatable = false)
  private String host;

  @Enumerated(EnumType.STRING)
  @Column(name = "content_kind", nullable = false)
  private ContentKind contentKind;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis", nullable = false)
  private LegalBasis legalBasis;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RemovalStatus status = RemovalStatus.DRAFT;

  @Column(name = "platform_reference")
  private String platformReference;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "removed_at")
  private Instant removedAt;

  @Column(name = "counter_notice_at")
  private Instant counterNoticeAt;

  @Column(name = "follow_up_date")
  private LocalDate followUpDate;

  @Column(name = "sla_due_at")
  private Instant slaDueAt;

  /**
   * The statute of the law library whose rules set the clock, chosen on the request; null: the
   * statute configured for the legal basis ({@link RemovalBasis}).
   */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "clock_statute_id")
  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  private Statute clockStatute;

  /** The grade of the law behind {@code slaDueAt}; null for a follow-up date. */
  @Enumerated(EnumType.STRING)
  @Column(name = "clock_grade")
  private SourceGrade clockGrade;

  @Column(nullable = false)
  private boolean overdue;

  @Column(nullable = false)
  private boolean watched = true;

  @Enumerated(EnumType.STRING)
  @Column(name = "last_state")
  private UrlState lastState;

  @NotAudited
  @Column(name = "last_checked_at")
  private Instant lastCheckedAt;

  @Column(name = "went_down_at")
  private Instant wentDownAt;

  @Column(name = "reupload_alert_at")
  private Instant reuploadAlertAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "removal_evidence", joinColumns = @JoinColumn(name = "request_id"))
  @Column(name = "evidence_id")
  private Set<String> evidenceIds = new LinkedHashSet<>();

  @NotAudited
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @NotAudited
  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @NotAudited
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected RemovalRequest() {}

  public RemovalRequest(
      CaseFile caseFile,
      Platform platform,
      String url,
      String host,
      ContentKind contentKind,
      LegalBasis legalBasis,
      String createdBy,
      Instant now) {
    this.caseFile = caseFile;
    this.platform = platform;
    this.url = url;
    this.host = host;
    this.contentKind = contentKind;
    this.legalBasis = legalBasis;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Moves to another status; the caller has checked the transition is allowed. */
  void moveTo(RemovalStatus target, Instant at, String reference) {
    if (target == RemovalStatus.SUBMITTED) {
      submittedAt = at;
      removedAt = null;
      overdue = false;
    }
    if (target == RemovalStatus.REMOVED) {
      removedAt = at;
      overdue = false;
    }
    if (reference != null && !reference.isBlank()) {
      platformReference = reference.strip();
    }
    status = target;
    updatedAt = at;
  }

  void counterNotice(Instant at) {
    counterNoticeAt = at;
    updatedAt = at;
  }

  void clock(Instant dueAt, LocalDate followUp) {
    this.slaDueAt = dueAt;
    this.followUpDate = followUp;
  }

  void clock(Instant dueAt, LocalDate followUp, SourceGrade grade) {
    clock(dueAt, followUp);
    this.clockGrade = grade;
  }

  /** Takes the clock from a statute of the law library; null: from the legal basis. */
  void clockFrom(Statute statute) {
    this.clockStatute = statute;
  }

  void markOverdue(boolean overdue) {
    this.overdue = overdue;
  }

  /** Records a check of the URL; returns true if the content came back after it went down. */
  boolean checked(UrlState state, Instant at) {
    boolean cameBack =
        state == UrlState.UP
            && (lastState == UrlState.DOWN || wentDownAt != null)
            && reuploadAlertAt == null;
    if (state == UrlState.DOWN && lastState != UrlState.DOWN) {
      wentDownAt = at;
    }
    if (cameBack) {
      reuploadAlertAt = at;
    }
    if (state == UrlState.UP || state == UrlState.DOWN) {
      lastState = state;
    }
    lastCheckedAt = at;
    return cameBack;
  }

  void clearReuploadAlert() {
    reuploadAlertAt = null;
    wentDownAt = null;
  }

  public void setWatched(boolean watched) {
    this.watched = watched;
  }

  public void setContentKind(ContentKind contentKind) {
    this.contentKind = contentKind;
  }

  public void setEvidenceIds(Set<String> ids) {
    evidenceIds.clear();
    evidenceIds.addAll(ids);
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public Platform getPlatform() {
    return platform;
  }

  public String getUrl() {
    return url;
  }

  public String getHost() {
    return host;
  }

  public ContentKind getContentKind() {
    return contentKind;
  }

  public LegalBasis getLegalBasis() {
    return legalBasis;
  }

  public RemovalStatus getStatus() {
    return status;
  }

  public String getPlatformReference() {
    return platformReference;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getRemovedAt() {
    return removedAt;
  }

  public Instant getCounterNoticeAt() {
    return counterNoticeAt;
  }

  public LocalDate getFollowUpDate() {
    return followUpDate;
  }

  public Instant getSlaDueAt() {
    return slaDueAt;
  }

  public Statute getClockStatute() {
    return clockStatute;
  }

  public SourceGrade getClockGrade() {
    return clockGrade;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public boolean isWatched() {
    return watched;
  }

  public UrlState getLastState() {
    return lastState;
  }

  public Instant getLastCheckedAt() {
    return lastCheckedAt;
  }

  public Instant getWentDownAt() {
    return wentDownAt;
  }

  public Instant getReuploadAlertAt() {
    return reuploadAlertAt;
  }

  public Set<String> getEvidenceIds() {
    return evidenceIds;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
