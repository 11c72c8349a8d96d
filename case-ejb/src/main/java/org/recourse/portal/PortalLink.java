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
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.recourse.casefile.CaseFile;
import org.recourse.shared.crypto.EncryptedStringConverter;

/**
 * The one case a client's Keycloak user (by username, the token's {@code preferred_username}) may
 * open through the portal. A username has one link at most: linking it to another case moves it,
 * for whoever manages both. A link is invited when Recourse created the user (its time and author
 * are then the invitation's), and disabled access keeps the link but opens nothing.
 */
@Entity
@Table(name = "portal_link")
@Audited
public class PortalLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private String username;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private CaseFile caseFile;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  @Column(name = "linked_by", nullable = false)
  private String linkedBy;

  @Column(nullable = false, updatable = false)
  private boolean invited;

  @Column(nullable = false)
  private boolean enabled = true;

  @Column(name = "access_changed_at")
  private Instant accessChangedAt;

  @Column(name = "access_changed_by")
  private String accessChangedBy;

  /** The language the client chose for the portal (a code); a preference, not case history. */
  @NotAudited
  @Column(length = 8)
  private String language;

  /**
   * Where the client chose to be told, without content, that their team wrote (null: only inside
   * the portal); a contact detail, encrypted, and a preference, not case history.
   */
  @NotAudited
  @Convert(converter = EncryptedStringConverter.class)
  @Column(name = "notify_email_enc")
  private String notifyEmail;

  protected PortalLink() {}

  public PortalLink(String username, CaseFile caseFile, Instant linkedAt, String linkedBy) {
    this.username = username;
    this.caseFile = caseFile;
    this.linkedAt = linkedAt;
    this.linkedBy = linkedBy;
  }

  /** The link of a user Recourse created for this case's client. */
  static PortalLink invited(String username, CaseFile caseFile, Instant at, String by) {
    PortalLink link = new PortalLink(username, caseFile, at, by);
    link.invited = true;
    return link;
  }

  /** Opens or closes the portal to this user, remembering who did it and when. */
  void changeAccess(boolean enabled, Instant at, String by) {
    this.enabled = enabled;
    this.accessChangedAt = at;
    this.accessChangedBy = by;
  }

  /** Points the link at another case. */
  void moveTo(CaseFile other, Instant at, String by) {
    this.caseFile = other;
    this.linkedAt = at;
    this.linkedBy = by;
  }

  /** Remembers the language the client reads the portal in. */
  void chooseLanguage(Language chosen) {
    this.language = chosen.code();
  }

  void notifyAt(String email) {
    this.notifyEmail = email;
  }

  /** The address the client chose for content-free notices, if any. */
  public Optional<String> getNotifyEmail() {
    return Optional.ofNullable(notifyEmail);
  }

  public Optional<Language> getLanguage() {
    return Language.ofCode(language);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public Instant getLinkedAt() {
    return linkedAt;
  }

  public String getLinkedBy() {
    return linkedBy;
  }

  public boolean isInvited() {
    return invited;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getAccessChangedAt() {
    return accessChangedAt;
  }

  public String getAccessChangedBy() {
    return accessChangedBy;
  }
}
