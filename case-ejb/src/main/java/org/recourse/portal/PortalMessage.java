package org.recourse.portal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.recourse.shared.crypto.EncryptedStringConverter;

/**
 * One secure message of a {@link PortalThread}, by the client or by a member of the team. Never
 * changed once written; its body is stored encrypted. It may carry files from the case's vault, by
 * the evidence items' ids (checked by the side's service before they are attached).
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

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "portal_message_evidence", joinColumns = @JoinColumn(name = "message_id"))
  @Column(name = "evidence_id", nullable = false)
  private Set<String> evidenceIds = new LinkedHashSet<>();

  protected PortalMessage() {}

  public PortalMessage(
      PortalThread thread,
      MessageSide side,
      String author,
      String body,
      Collection<String> evidenceIds,
      Instant sentAt) {
    this.thread = thread;
    this.fromClient = side == MessageSide.CLIENT;
    this.author = author;
    this.body = body;
    this.evidenceIds.addAll(evidenceIds);
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

  /** The ids of the evidence items attached to the message (none for most messages). */
  public Set<String> getEvidenceIds() {
    return Collections.unmodifiableSet(evidenceIds);
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
