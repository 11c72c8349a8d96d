package org.recourse.casefile;

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

/**
 * Someone other than the victim: a respondent (often known only by an online handle), a witness, or
 * counsel for another party. Respondents' names, aliases and handles feed the conflict check.
 */
@Entity
@Table(name = "case_person")
@Audited
public class CasePerson {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PersonKind kind;

  private String name;

  @Column(name = "identity_known", nullable = false)
  private boolean identityKnown;

  /** Other names, one per line. */
  private String aliases;

  /** Online handles or profile URLs, one per line. */
  private String handles;

  private String relationship;
  private String email;
  private String phone;
  private String notes;

  @NotAudited
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @NotAudited
  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  protected CasePerson() {}

  public CasePerson(CaseFile caseFile, PersonKind kind, String createdBy, Instant createdAt) {
    this.caseFile = caseFile;
    this.kind = kind;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public PersonKind getKind() {
    return kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isIdentityKnown() {
    return identityKnown;
  }

  public void setIdentityKnown(boolean identityKnown) {
    this.identityKnown = identityKnown;
  }

  public String getAliases() {
    return aliases;
  }

  public void setAliases(String aliases) {
    this.aliases = aliases;
  }

  public String getHandles() {
    return handles;
  }

  public void setHandles(String handles) {
    this.handles = handles;
  }

  public String getRelationship() {
    return relationship;
  }

  public void setRelationship(String relationship) {
    this.relationship = relationship;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
