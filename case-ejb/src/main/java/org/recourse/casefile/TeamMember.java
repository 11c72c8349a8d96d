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

/** A user assigned to a case, with their part in it. Only team members see the case. */
@Entity
@Table(name = "team_member")
@Audited
public class TeamMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @Column(nullable = false, updatable = false)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(name = "case_role", nullable = false)
  private CaseRole caseRole;

  @NotAudited
  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  @NotAudited
  @Column(name = "added_by", nullable = false, updatable = false)
  private String addedBy;

  /**
   * Its case's last activity, kept in step by {@link CaseFile#touch}: a user's cases are listed
   * newest first in the order of the memberships' index (V39), not sorted after reading them all.
   */
  @NotAudited
  @Column(name = "case_updated_at", nullable = false)
  private Instant caseUpdatedAt;

  protected TeamMember() {}

  public TeamMember(
      CaseFile caseFile, String username, CaseRole caseRole, String addedBy, Instant addedAt) {
    this.caseFile = caseFile;
    this.username = username;
    this.caseRole = caseRole;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
    this.caseUpdatedAt = caseFile.getUpdatedAt();
  }

  /** Its case changed at {@code at} ({@link CaseFile#touch}). */
  void caseTouched(Instant at) {
    this.caseUpdatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public String getUsername() {
    return username;
  }

  public CaseRole getCaseRole() {
    return caseRole;
  }

  public void setCaseRole(CaseRole caseRole) {
    this.caseRole = caseRole;
  }

  public Instant getAddedAt() {
    return addedAt;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public Instant getCaseUpdatedAt() {
    return caseUpdatedAt;
  }
}
