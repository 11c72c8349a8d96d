package org.recourse.audit;

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
 * One row of the access log. Never changed or deleted once written; {@link AccessChain} links the
 * rows by hash and {@link AccessLogHead} keeps the end of the chain.
 */
@Entity
@Table(name = "access_log")
public class AccessEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "sequence_no", nullable = false, updatable = false)
  private long sequence;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String username;

  @Column(updatable = false)
  private String roles;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AccessAction action;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AccessOutcome outcome;

  @Column(name = "case_id", updatable = false)
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_type", updatable = false)
  private TargetType targetType;

  @Column(name = "target_id", updatable = false)
  private String targetId;

  @Column(name = "client_address", updatable = false)
  private String clientAddress;

  @Column(updatable = false)
  private String detail;

  @Column(name = "prev_hash", nullable = false, updatable = false)
  private String previousHash;

  @Column(name = "row_hash", nullable = false, updatable = false)
  private String hash;

  protected AccessEntry() {}

  /** The row after the head, with its hash computed; the head moves on to it. */
  static AccessEntry append(AccessLogHead head, Access access, Instant at) {
    AccessEntry entry = new AccessEntry();
    entry.sequence = head.getCount() + 1;
    entry.occurredAt = HashChain.truncate(at);
    entry.username = access.username();
    entry.roles = access.roles();
    entry.action = access.action();
    entry.outcome = access.outcome();
    entry.caseId = access.caseId();
    entry.targetType = access.targetType();
    entry.targetId = access.targetId();
    entry.clientAddress = access.clientAddress();
    entry.detail = access.detail();
    entry.previousHash = head.getHash();
    entry.hash = entry.link().expectedHash();
    head.appended(entry.sequence, entry.hash);
    return entry;
  }

  /** What one row says, before it is numbered and chained. */
  public record Access(
      String username,
      String roles,
      AccessAction action,
      AccessOutcome outcome,
      Long caseId,
      TargetType targetType,
      String targetId,
      String clientAddress,
      String detail) {}

  AccessChain.Link link() {
    return new AccessChain.Link(
        id,
        sequence,
        occurredAt,
        username,
        roles,
        action,
        outcome,
        caseId,
        targetType,
        targetId,
        clientAddress,
        detail,
        previousHash,
        hash);
  }

  public Long getId() {
    return id;
  }

  public long getSequence() {
    return sequence;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getUsername() {
    return username;
  }

  public String getRoles() {
    return roles;
  }

  public AccessAction getAction() {
    return action;
  }

  public AccessOutcome getOutcome() {
    return outcome;
  }

  public Long getCaseId() {
    return caseId;
  }

  public TargetType getTargetType() {
    return targetType;
  }

  public String getTargetId() {
    return targetId;
  }

  public String getClientAddress() {
    return clientAddress;
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
