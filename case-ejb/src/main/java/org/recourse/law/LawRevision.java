package org.recourse.law;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One change set to audited data, when and by whom: the law library's corrections and every change
 * to a case (the only revision entity of the persistence unit, so both share it).
 */
@Entity
@Table(name = "law_revision")
@RevisionEntity(LawRevisionListener.class)
public class LawRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @RevisionNumber
  private long id;

  @RevisionTimestamp
  @Column(name = "revision_time", nullable = false)
  private long revisionTime;

  private String username;

  public long getId() {
    return id;
  }

  public long getRevisionTime() {
    return revisionTime;
  }

  public String getUsername() {
    return username;
  }

  void setUsername(String username) {
    this.username = username;
  }
}
