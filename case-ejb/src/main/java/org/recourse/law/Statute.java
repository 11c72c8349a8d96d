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
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A law on intimate images, deepfakes, threats or doxxing, as data: its citation, the sources that
 * state it (the first is the one shown; {@link SourceGrade} says how good they are) and when they
 * were last checked, so every deadline computed from it can be traced to the text. {@link
 * StatuteFlag}s say what it covers (sexual deepfakes, threats to share, doxxing) so one can ask
 * which statutes cover what; {@code effectiveDate} and {@code effectiveUntil} say when it was law.
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

  /** Every source, one per line, the first being {@code sourceUrl}. */
  @Column(name = "source_urls")
  private String sourceUrls;

  /** The date the sources were last checked. */
  @Column(name = "last_reviewed")
  private LocalDate lastReviewed;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_grade", nullable = false)
  private SourceGrade grade;

  @Column(name = "effective_until")
  private LocalDate effectiveUntil;

  /** What the statute covers, space-separated {@link StatuteFlag} names. */
  @Column(name = "flags")
  private String flags;

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

  /** Whether the text (official or mirrored) states it. */
  public boolean isVerified() {
    return grade != null && grade.confirmed();
  }

  public SourceGrade getGrade() {
    return grade;
  }

  /** Every source, the first being {@link #getSourceUrl()}. */
  public List<String> getSources() {
    return Sources.split(sourceUrl, sourceUrls);
  }

  public LocalDate getEffectiveUntil() {
    return effectiveUntil;
  }

  public Set<StatuteFlag> getFlags() {
    return StatuteFlag.parse(flags);
  }

  /** When the statute is law. */
  public InForce inForce() {
    return new InForce(effectiveDate, effectiveUntil);
  }

  /** Sets what the statute covers. */
  public void flag(Set<StatuteFlag> covers) {
    this.flags = StatuteFlag.format(covers);
  }

  /** Sets its sources (the first is shown), when they were checked and how good they are. */
  public void source(List<String> sources, LocalDate checked, SourceGrade grade) {
    this.sourceUrl = sources.get(0);
    this.sourceUrls = Sources.join(sources);
    this.lastReviewed = checked;
    this.grade = grade;
  }

  /** Sets when the statute stops being law (repealed or replaced); null while it is. */
  public void endOn(LocalDate until) {
    this.effectiveUntil = until;
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
      SourceGrade grade) {
    this.citation = citation;
    this.shortTitle = shortTitle;
    this.kind = kind;
    this.summary = summary;
    this.remedies = remedies;
    this.effectiveDate = effectiveDate;
    List<String> sources = new java.util.ArrayList<>(getSources());
    if (sources.isEmpty()) {
      sources.add(sourceUrl);
    } else {
      sources.set(0, sourceUrl);
    }
    this.sourceUrls = Sources.join(sources);
    this.sourceUrl = sourceUrl;
    this.lastReviewed = lastReviewed;
    this.grade = grade;
  }
}
