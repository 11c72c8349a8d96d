package org.recourse.removal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.shared.crypto.EncryptedStringConverter;

/**
 * A notice as it was sent, kept with its request to prove later what was asked and when. Never
 * changed once written (every column is not updatable). The text may hold the victim's legal name
 * when the sender chose to include it, so it is stored encrypted.
 */
@Entity
@Table(name = "removal_notice")
public class SentNotice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id", nullable = false, updatable = false)
  private Long requestId;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis", nullable = false, updatable = false)
  private LegalBasis legalBasis;

  @Column(updatable = false)
  private String subject;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "body_enc", nullable = false, updatable = false)
  private String body;

  @Column(name = "with_legal_name", nullable = false, updatable = false)
  private boolean withLegalName;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  @Column(name = "sent_by", nullable = false, updatable = false)
  private String sentBy;

  /** How it was sent; null for notices recorded before the channel was asked. */
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(updatable = false)
  private SendChannel channel;

  /** When it was recorded as sent (it may have been sent earlier). */
  @Column(name = "recorded_at", updatable = false)
  private Instant recordedAt;

  protected SentNotice() {}

  public SentNotice(
      Long requestId,
      LegalBasis legalBasis,
      String subject,
      String body,
      boolean withLegalName,
      String sentBy,
      Instant sentAt) {
    this.requestId = requestId;
    this.legalBasis = legalBasis;
    this.subject = subject;
    this.body = body;
    this.withLegalName = withLegalName;
    this.sentBy = sentBy;
    this.sentAt = sentAt;
  }

  /** Records how the notice was sent and when it was recorded. */
  void sentThrough(SendChannel channel, Instant recordedAt) {
    this.channel = channel;
    this.recordedAt = recordedAt;
  }

  public SendChannel getChannel() {
    return channel;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getRequestId() {
    return requestId;
  }

  public LegalBasis getLegalBasis() {
    return legalBasis;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public boolean isWithLegalName() {
    return withLegalName;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getSentBy() {
    return sentBy;
  }
}
