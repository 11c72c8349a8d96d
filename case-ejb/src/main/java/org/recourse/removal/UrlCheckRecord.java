package org.recourse.removal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.recourse.removal.check.UrlState;

/** One check of a watched URL: whether it still answered, and when. No content is kept. */
@Entity
@Table(name = "removal_check")
public class UrlCheckRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private Long requestId;

  @Column(name = "checked_at", nullable = false, updatable = false)
  private Instant checkedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private UrlState state;

  @Column(name = "http_status", updatable = false)
  private Integer httpStatus;

  @Column(updatable = false)
  private String detail;

  protected UrlCheckRecord() {}

  public UrlCheckRecord(
      Long requestId, Instant checkedAt, UrlState state, Integer httpStatus, String detail) {
    this.requestId = requestId;
    this.checkedAt = checkedAt;
    this.state = state;
    this.httpStatus = httpStatus;
    this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }

  public UrlState getState() {
    return state;
  }

  public Integer getHttpStatus() {
    return httpStatus;
  }

  public String getDetail() {
    return detail;
  }
}
