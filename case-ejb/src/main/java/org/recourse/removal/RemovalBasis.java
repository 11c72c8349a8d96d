package org.recourse.removal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.recourse.removal.notice.LegalBasis;

/**
 * Which statute of the law library sets the clock of a legal basis (its rules that count from a
 * removal request or a counter-notice), or none, with the default follow-up for bases without a
 * clock. Data, so a corrected statute moves every request's clock.
 */
@Entity
@Table(name = "removal_basis")
public class RemovalBasis {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis")
  private LegalBasis legalBasis;

  @Column(name = "statute_id")
  private Long statuteId;

  @Column(name = "follow_up_days", nullable = false)
  private int followUpDays;

  protected RemovalBasis() {}

  public LegalBasis getLegalBasis() {
    return legalBasis;
  }

  public Long getStatuteId() {
    return statuteId;
  }

  public int getFollowUpDays() {
    return followUpDays;
  }
}
