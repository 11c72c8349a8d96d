package org.recourse.portal;

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
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.recourse.casefile.CaseFile;

/**
 * One entry of the incident log that victims' organisations ask a person to keep: when something
 * happened, what, where, who was involved, and what is still needed. Written by the client; the
 * team reads it. An entry is not changed once written: a correction is a new entry.
 */
@Entity
@Table(name = "incident_entry")
@Audited
public class IncidentEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "what_text", nullable = false, updatable = false)
  private String what;

  @Column(name = "where_text", updatable = false)
  private String where;

  @Column(name = "who_text", updatable = false)
  private String who;

  @Column(name = "still_needed", updatable = false)
  private String stillNeeded;

  @NotAudited
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @NotAudited
  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected IncidentEntry() {}

  public IncidentEntry(
      CaseFile caseFile,
      Instant occurredAt,
      String what,
      String where,
      String who,
      String stillNeeded,
      Instant createdAt,
      String createdBy) {
    this.caseFile = caseFile;
    this.occurredAt = occurredAt;
    this.what = what;
    this.where = where;
    this.who = who;
    this.stillNeeded = stillNeeded;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getWhat() {
    return what;
  }

  public String getWhere() {
    return where;
  }

  public String getWho() {
    return who;
  }

  public String getStillNeeded() {
    return stillNeeded;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
