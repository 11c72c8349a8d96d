package org.recourse.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * One row of the case list's text index ({@link SearchTerms}): a term found in a case's number,
 * title or pseudonym. Written by {@link CaseSearchIndex} only, read by the case list's search; not
 * part of the case's history (it is derived from audited fields).
 */
@Entity
@Table(name = "case_search_term")
@IdClass(CaseSearchTerm.Key.class)
public class CaseSearchTerm {

  @Id
  @Column(nullable = false, length = SearchTerms.LONGEST)
  private String term;

  @Id
  @Column(name = "case_id", nullable = false)
  private long caseId;

  protected CaseSearchTerm() {}

  public String getTerm() {
    return term;
  }

  public long getCaseId() {
    return caseId;
  }

  /** The composite key: a term once per case. */
  public record Key(String term, long caseId) implements Serializable {}
}
