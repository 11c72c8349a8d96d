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

/**
 * One status change of a removal request: who, when, from and to, why, the platform's reference.
 */
@Entity
@Table(name = "removal_event")
public class RemovalEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private Long requestId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", updatable = false)
  private RemovalStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false, updatable = false)
  private RemovalStatus toStatus;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(updatable = false)
  private String note;

  @Column(name = "platform_reference", updatable = false)
  private String platformReference;

  protected RemovalEvent() {}

  public RemovalEvent(
      Long requestId,
      RemovalStatus fromStatus,
      RemovalStatus toStatus,
      String actor,
      Instant occurredAt,
      String note,
      String platformReference) {
    this.requestId = requestId;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.actor = actor;
    this.occurredAt = occurredAt;
    this.note = note;
    this.platformReference = platformReference;
  }

  public Long getId() {
    return id;
  }

  public Long getRequestId() {
    return requestId;
  }

  public RemovalStatus getFromStatus() {
    return fromStatus;
  }

  public RemovalStatus getToStatus() {
    return toStatus;
  }

  public String getActor() {
    return actor;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getNote() {
    return note;
  }

  public String getPlatformReference() {
    return platformReference;
  }
}
