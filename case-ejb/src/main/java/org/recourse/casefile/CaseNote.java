package org.recourse.casefile;

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

/**
 * A note on a case. A privileged note is attorney work product: only attorneys on the case team may
 * read it, so it keeps its privilege.
 */
@Entity
@Table(name = "case_note")
public class CaseNote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @Column(nullable = false, updatable = false)
  private String author;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false, updatable = false)
  private String body;

  @Column(nullable = false, updatable = false)
  private boolean privileged;

  protected CaseNote() {}

  public CaseNote(
      CaseFile caseFile, String author, Instant createdAt, String body, boolean privileged) {
    this.caseFile = caseFile;
    this.author = author;
    this.createdAt = createdAt;
    this.body = body;
    this.privileged = privileged;
  }

  public Long getId() {
    return id;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getBody() {
    return body;
  }

  public boolean isPrivileged() {
    return privileged;
  }
}
