package org.recourse.removal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.recourse.removal.notice.LegalBasis;

/**
 * An administrator's wording of the notice for one legal basis; without a row the built-in default
 * ({@link org.recourse.removal.notice.DefaultTemplates}) is used.
 */
@Entity
@Table(name = "notice_template")
public class NoticeTemplate {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis")
  private LegalBasis legalBasis;

  @Column(nullable = false)
  private String body;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private long version;

  protected NoticeTemplate() {}

  public NoticeTemplate(LegalBasis legalBasis, String body) {
    this.legalBasis = legalBasis;
    this.body = body;
  }

  public void change(String body, String by, Instant at) {
    this.body = body;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public LegalBasis getLegalBasis() {
    return legalBasis;
  }

  public String getBody() {
    return body;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }
}
