package org.recourse.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.recourse.shared.crypto.EncryptedStringConverter;

/**
 * One secure message of a {@link PortalThread}, by the client or by a member of the team. Never
 * changed once written; its body is stored encrypted.
 */
@Entity
@Table(name = "portal_message")
public class PortalMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "thread_id", nullable = false, updatable = false)
  private PortalThread thread;

  @Column(name = "from_client", nullable = false, updatable = false)
  private boolean fromClient;

  @Column(nullable = false, updatable = false)
  private String author;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "body_enc", nullable = false, updatable = false)
  private String body;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  protected PortalMessage() {}

  public PortalMessage(
      PortalThread thread, MessageSide side, String author, String body, Instant sentAt) {
    this.thread = thread;
    this.fromClient = side == MessageSide.CLIENT;
    this.author = author;
    this.body = body;
    this.sentAt = sentAt;
  }

  public Long getId() {
    return id;
  }

  public PortalThread getThread() {
    return thread;
  }

  public MessageSide getSide() {
    return fromClient ? MessageSide.CLIENT : MessageSide.TEAM;
  }

  public String getAuthor() {
    return author;
  }

  public String getBody() {
    return body;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
