package org.recourse.law;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A law on intimate images or deepfakes, as data: its citation and source, so every deadline
 * computed from it can be traced to the text, and whether a person has verified it.
 */
@Entity
@Table(name = "statute")
@Audited
public class Statute {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "jurisdiction_code", nullable = false)
  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  private Jurisdiction jurisdiction;

  @Column(nullable = false)
  private String citation;

  @Column(name = "short_title", nullable = false)
  private String shortTitle;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StatuteKind kind;

  private String summary;
  private String remedies;

  @Column(name = "effective_date")
  private LocalDate effectiveDate;

  @Column(name = "source_url", nullable = false)
  private String sourceUrl;

  @Column(name = "last_reviewed")
  private LocalDate lastReviewed;

  @Column(nullable = false)
  private boolean verified;

  @Version private long version;

  protected Statute() {}

  public Statute(Jurisdiction jurisdiction) {
    this.jurisdiction = jurisdiction;
  }

  public Long getId() {
    return id;
  }

  public Jurisdiction getJurisdiction() {
    return jurisdiction;
  }

  public String getCitation() {
    return citation;
  }

  public String getShortTitle() {
    return shortTitle;
  }

  public StatuteKind getKind() {
    return kind;
  }

  public String getSummary() {
    return summary;
  }

  public String getRemedies() {
    return remedies;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public String getSourceUrl() {
    return sourceUrl;
  }

  public LocalDate getLastReviewed() {
    return lastReviewed;
  }

  public boolean isVerified() {
    return verified;
  }

  public long getVersion() {
    return version;
  }

  /** Corrects the statute's description; the caller has validated the values. */
  public void correct(
      String citation,
      String shortTitle,
      StatuteKind kind,
      String summary,
      String remedies,
      LocalDate effectiveDate,
      String sourceUrl,
      LocalDate lastReviewed,
      boolean verified) {
    this.citation = citation;
    this.shortTitle = shortTitle;
    this.kind = kind;
    this.summary = summary;
    this.remedies = remedies;
    this.effectiveDate = effectiveDate;
    this.sourceUrl = sourceUrl;
    this.lastReviewed = lastReviewed;
    this.verified = verified;
  }
}
