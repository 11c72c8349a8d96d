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
import org.recourse.casefile.CaseFile;
import org.recourse.shared.crypto.EncryptedStringConverter;

/**
 * A conversation between the client and the case team: a subject and its messages, with one read
 * marker per side (when the client, and when anyone of the team, last read it). The subject is the
 * writer's own words and stored encrypted, as the victim's identity is.
 */
@Entity
@Table(name = "portal_thread")
public class PortalThread {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "subject_enc", nullable = false, updatable = false)
  private String subject;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "started_by", nullable = false, updatable = false)
  private String startedBy;

  @Column(name = "last_message_at", nullable = false)
  private Instant lastMessageAt;

  @Column(name = "client_read_at")
  private Instant clientReadAt;

  @Column(name = "team_read_at")
  private Instant teamReadAt;

  @Column(name = "team_read_by")
  private String teamReadBy;

  protected PortalThread() {}

  public PortalThread(CaseFile caseFile, String subject, String startedBy, Instant startedAt) {
    this.caseFile = caseFile;
    this.subject = subject;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
    this.lastMessageAt = startedAt;
  }

  /** A new message: the thread moves to the top, and the writer's side has read it all. */
  void written(MessageSide side, String by, Instant at) {
    lastMessageAt = at;
    read(side, by, at);
  }

  /** The side's read marker moves to {@code at}; it never moves back. */
  void read(MessageSide side, String by, Instant at) {
    if (side == MessageSide.CLIENT) {
      if (clientReadAt == null || at.isAfter(clientReadAt)) {
        clientReadAt = at;
      }
    } else if (teamReadAt == null || at.isAfter(teamReadAt)) {
      teamReadAt = at;
      teamReadBy = by;
    }
  }

  /** When the side last read the thread; null if never. */
  public Instant readAt(MessageSide side) {
    return side == MessageSide.CLIENT ? clientReadAt : teamReadAt;
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public String getSubject() {
    return subject;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getLastMessageAt() {
    return lastMessageAt;
  }

  public Instant getClientReadAt() {
    return clientReadAt;
  }

  public Instant getTeamReadAt() {
    return teamReadAt;
  }

  public String getTeamReadBy() {
    return teamReadBy;
  }
}
