package org.recourse.portal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.recourse.casefile.CaseFile;

/**
 * One entry of the incident log that victims' organisations ask a person to keep: when something
 * happened, what, where, who was involved, and what is still needed. Written by the client; the
 * team reads it. An entry is not changed once written: a correction is a new entry. Evidence the
 * client sent through the portal may be attached to it, by the items' ids (the portal checks they
 * are the client's own uploads to this case before they are attached).
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

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "incident_evidence", joinColumns = @JoinColumn(name = "entry_id"))
  @Column(name = "evidence_id", nullable = false)
  private Set<String> evidenceIds = new LinkedHashSet<>();

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
      Collection<String> evidenceIds,
      Instant createdAt,
      String createdBy) {
    this.caseFile = caseFile;
    this.occurredAt = occurredAt;
    this.what = what;
    this.where = where;
    this.who = who;
    this.stillNeeded = stillNeeded;
    this.evidenceIds.addAll(evidenceIds);
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

  /** The ids of the evidence items attached to the entry (none for most entries). */
  public Set<String> getEvidenceIds() {
    return Collections.unmodifiableSet(evidenceIds);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
