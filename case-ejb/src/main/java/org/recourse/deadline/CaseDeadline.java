package org.recourse.deadline;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.recourse.casefile.CaseFile;
import org.recourse.law.DeadlineRule;
import org.recourse.law.Severity;
import org.recourse.law.SourceGrade;

/**
 * A deadline of one case: computed from a rule of the law library and the case's facts (and
 * recomputed when they change), or entered by hand (a hearing, a task). It is due on a date (days,
 * months, years) or at a moment (hour windows), and is open, done or waived with a reason.
 */
@Entity
@Table(name = "case_deadline")
@Audited
public class CaseDeadline {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "rule_id", updatable = false)
  private DeadlineRule rule;

  @Column(name = "removal_request_id", updatable = false)
  private Long removalRequestId;

  @Column(nullable = false)
  private String title;

  private String citation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Severity severity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ComputedDeadline.Status computation;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "window_start_date")
  private LocalDate windowStartDate;

  @Column(name = "window_start_at")
  private Instant windowStartAt;

  @Column(nullable = false)
  private String explanation;

  /** Whether the text (official or mirrored) states the rule and its statute. */
  @Column(nullable = false)
  private boolean verified;

  /**
   * The weakest grade of the rule and its statute; null for a deadline not taken from the law (a
   * follow-up date, one entered by hand).
   */
  @Enumerated(EnumType.STRING)
  @Column(name = "source_grade")
  private SourceGrade grade;

  /** The first source of the rule, shown beside a provisional date. */
  @Column(name = "source_url")
  private String sourceUrl;

  /** The start date the team chose, for a rule counting from a chosen date (trigger MANUAL). */
  @Column(name = "start_date")
  private LocalDate startDate;

  /** Whether the client sees this date in the portal (what and when, nothing else). */
  @Column(name = "shared_with_client", nullable = false)
  private boolean sharedWithClient;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeadlineStatus status = DeadlineStatus.OPEN;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "status_by")
  private String statusBy;

  @Column(name = "status_at")
  private Instant statusAt;

  @NotAudited
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @NotAudited
  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Version private long version;

  protected CaseDeadline() {}

  /** A deadline computed from a rule. */
  public static CaseDeadline fromRule(
      CaseFile caseFile, DeadlineRule rule, String by, Instant now) {
    CaseDeadline deadline = new CaseDeadline();
    deadline.caseFile = caseFile;
    deadline.rule = rule;
    deadline.title = rule.getLabel();
    deadline.citation = rule.getStatute().getCitation();
    deadline.severity = rule.getSeverity();
    deadline.createdBy = by;
    deadline.createdAt = now;
    return deadline;
  }

  /**
   * A deadline of one removal request: from a rule that counts from the request (the platform's
   * removal window, the DMCA restore window), or, without one, the follow-up date the team set.
   */
  public static CaseDeadline forRemoval(
      CaseFile caseFile,
      long removalRequestId,
      DeadlineRule rule,
      String title,
      String citation,
      Severity severity,
      String by,
      Instant now) {
    CaseDeadline deadline = new CaseDeadline();
    deadline.caseFile = caseFile;
    deadline.removalRequestId = removalRequestId;
    deadline.rule = rule;
    deadline.title = title;
    deadline.citation = citation;
    deadline.severity = severity;
    deadline.createdBy = by;
    deadline.createdAt = now;
    return deadline;
  }

  /** Sets a follow-up date (no legal clock): due at the end of that day. */
  public boolean followUp(LocalDate date, String explanation) {
    boolean moved = computation != null && !java.util.Objects.equals(dueDate, date);
    computation = ComputedDeadline.Status.COMPUTED;
    dueDate = date;
    dueAt = null;
    windowStartDate = null;
    windowStartAt = null;
    this.explanation = explanation;
    verified = true;
    return moved;
  }

  /** A deadline entered by hand: a hearing, a filing, a task. */
  public static CaseDeadline manual(
      CaseFile caseFile,
      String title,
      LocalDate dueDate,
      Instant dueAt,
      Severity severity,
      String by,
      Instant now) {
    CaseDeadline deadline = new CaseDeadline();
    deadline.caseFile = caseFile;
    deadline.title = title;
    deadline.severity = severity;
    deadline.computation = ComputedDeadline.Status.COMPUTED;
    deadline.dueDate = dueDate;
    deadline.dueAt = dueAt;
    deadline.explanation = "Entered by " + by;
    deadline.verified = true;
    deadline.createdBy = by;
    deadline.createdAt = now;
    return deadline;
  }

  /**
   * Takes a new computation; returns true if the due date or moment moved. The deadline carries the
   * weaker grade of its rule and its statute: verified only if the text states both, a date only if
   * neither is {@link SourceGrade#UNCONFIRMED}, provisional if either is only {@link
   * SourceGrade#SECONDARY}.
   */
  public boolean apply(ComputedDeadline computed, SourceGrade statuteGrade, String source) {
    SourceGrade weakest = SourceGrade.weakest(computed.grade(), statuteGrade);
    if (computed.isComputed() && !weakest.computesDate()) {
      computed =
          new ComputedDeadline(
              computed.label(),
              computed.citation(),
              weakest,
              ComputedDeadline.Status.PERIOD_UNKNOWN,
              null,
              null,
              null,
              null,
              "No date: no source found states the statute itself (" + computed.citation() + ")",
              computed.missingFacts(),
              computed.warnings());
    }
    boolean statuteVerified = statuteGrade != null && statuteGrade.confirmed();
    boolean moved =
        computation != null
            && (!java.util.Objects.equals(dueDate, computed.dueDate())
                || !java.util.Objects.equals(dueAt, computed.dueAt()));
    computation = computed.status();
    dueDate = computed.dueDate();
    dueAt = computed.dueAt();
    windowStartDate = computed.windowStartDate();
    windowStartAt = computed.windowStartAt();
    StringBuilder text = new StringBuilder(computed.explanation());
    computed.warnings().forEach(w -> text.append(" Warning: ").append(w).append('.'));
    explanation = text.length() > 4000 ? text.substring(0, 4000) : text.toString();
    verified = computed.verified() && statuteVerified;
    grade = weakest;
    sourceUrl = source == null || source.length() > 500 ? null : source;
    if (computed.isComputed() && weakest.provisional() && !computed.grade().provisional()) {
      explanation =
          explanation + "; " + SourceGrade.PROVISIONAL_NOTE + ": only a summary states the statute";
    }
    if (!statuteVerified) {
      explanation = (explanation + " The statute itself is not verified: check the source.");
      if (explanation.length() > 4000) {
        explanation = explanation.substring(0, 4000);
      }
    }
    return moved;
  }

  /** Sets the date a rule counting from a chosen start date (trigger MANUAL) counts from. */
  public void startFrom(LocalDate date) {
    this.startDate = date;
  }

  public void close(DeadlineStatus target, String reason, String by, Instant now) {
    this.status = target;
    this.statusReason = reason;
    this.statusBy = by;
    this.statusAt = now;
  }

  /** The due date or moment as text, for the change log. */
  public String dueText() {
    return dueAt != null ? dueAt.toString() : dueDate != null ? dueDate.toString() : null;
  }

  public Long getId() {
    return id;
  }

  public Long getRemovalRequestId() {
    return removalRequestId;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public DeadlineRule getRule() {
    return rule;
  }

  public String getTitle() {
    return title;
  }

  public String getCitation() {
    return citation;
  }

  public Severity getSeverity() {
    return severity;
  }

  public ComputedDeadline.Status getComputation() {
    return computation;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public LocalDate getWindowStartDate() {
    return windowStartDate;
  }

  public Instant getWindowStartAt() {
    return windowStartAt;
  }

  public String getExplanation() {
    return explanation;
  }

  public boolean isVerified() {
    return verified;
  }

  /** The weakest grade behind the deadline; null when it does not come from the law library. */
  public SourceGrade getGrade() {
    return grade;
  }

  public String getSourceUrl() {
    return sourceUrl;
  }

  /**
   * The grade in words for a calendar entry or a reminder: "Source: Statute text on an unofficial
   * site. ", a provisional date with its source, or "Unverified rule: check the source." Empty when
   * not from the law.
   */
  public String sourceNote() {
    if (grade == null) {
      return verified ? "" : "Unverified rule: check the source. ";
    }
    if (isProvisional()) {
      return "Source: "
          + grade.label()
          + "; "
          + SourceGrade.PROVISIONAL_NOTE
          + (sourceUrl == null ? "" : " (source: " + sourceUrl + ")")
          + ". ";
    }
    return "Source: "
        + grade.label()
        + ". "
        + (verified ? "" : "Unverified rule: check the source. ");
  }

  /** Whether the date is provisional: only a summary states a rule behind it. */
  public boolean isProvisional() {
    return grade != null && grade.provisional() && computation == ComputedDeadline.Status.COMPUTED;
  }

  /** Shares the date with the client through the portal, or stops sharing it. */
  void shareWithClient(boolean shared) {
    this.sharedWithClient = shared;
  }

  public boolean isSharedWithClient() {
    return sharedWithClient;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public DeadlineStatus getStatus() {
    return status;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public String getStatusBy() {
    return statusBy;
  }

  public Instant getStatusAt() {
    return statusAt;
  }

  public long getVersion() {
    return version;
  }
}
