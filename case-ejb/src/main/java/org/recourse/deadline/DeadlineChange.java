package org.recourse.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of a computed deadline after the facts changed: from when, to when, and why. */
@Entity
@Table(name = "case_deadline_change")
public class DeadlineChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "deadline_id", nullable = false, updatable = false)
  private CaseDeadline deadline;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @Column(name = "old_due")
  private String oldDue;

  @Column(name = "new_due")
  private String newDue;

  @Column(nullable = false)
  private String reason;

  protected DeadlineChange() {}

  public DeadlineChange(
      CaseDeadline deadline, String oldDue, String newDue, String reason, String by, Instant at) {
    this.deadline = deadline;
    this.oldDue = oldDue;
    this.newDue = newDue;
    this.reason = reason.length() > 4000 ? reason.substring(0, 4000) : reason;
    this.changedBy = by;
    this.changedAt = at;
  }

  public CaseDeadline getDeadline() {
    return deadline;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public String getOldDue() {
    return oldDue;
  }

  public String getNewDue() {
    return newDue;
  }

  public String getReason() {
    return reason;
  }
}
