package org.recourse.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.recourse.shared.HashChain;

/**
 * One entry of an item's chain of custody: who did what with it, when, from which address and why.
 * Never changed or deleted once written; {@link CustodyChain} links the entries by hash.
 */
@Entity
@Table(name = "evidence_custody")
public class CustodyEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "evidence_id", nullable = false, updatable = false)
  private String evidenceId;

  @Column(name = "sequence_no", nullable = false, updatable = false)
  private int sequence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private CustodyAction action;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(updatable = false)
  private String address;

  @Column(updatable = false)
  private String reason;

  @Column(updatable = false)
  private String detail;

  @Column(name = "previous_hash", nullable = false, updatable = false)
  private String previousHash;

  @Column(nullable = false, updatable = false)
  private String hash;

  protected CustodyEvent() {}

  /** The next entry after the item's current head, with its hash computed. */
  static CustodyEvent append(
      EvidenceItem item,
      CustodyAction action,
      String actor,
      Instant at,
      String address,
      String reason,
      String detail) {
    CustodyEvent event = new CustodyEvent();
    event.evidenceId = item.getId();
    event.sequence = item.getCustodyCount() + 1;
    event.action = action;
    event.actor = actor;
    event.occurredAt = HashChain.truncate(at);
    event.address = address;
    event.reason = reason;
    event.detail = detail;
    event.previousHash = item.getCustodyHead();
    event.hash =
        CustodyChain.hash(
            event.evidenceId,
            event.sequence,
            action,
            actor,
            event.occurredAt,
            address,
            reason,
            detail,
            event.previousHash);
    item.appended(event.sequence, event.hash);
    return event;
  }

  CustodyChain.Link link() {
    return new CustodyChain.Link(
        evidenceId,
        sequence,
        action,
        actor,
        occurredAt,
        address,
        reason,
        detail,
        previousHash,
        hash);
  }

  public Long getId() {
    return id;
  }

  public String getEvidenceId() {
    return evidenceId;
  }

  public int getSequence() {
    return sequence;
  }

  public CustodyAction getAction() {
    return action;
  }

  public String getActor() {
    return actor;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getAddress() {
    return address;
  }

  public String getReason() {
    return reason;
  }

  public String getDetail() {
    return detail;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
