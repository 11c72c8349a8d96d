package org.recourse.casefile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A case: one person whose intimate images were shared, threatened, leaked or faked, and the work
 * done for them. Its number ({@code R-2026-0001}) is unique and sequential per year.
 */
@Entity
@Table(name = "case_file")
@Audited
public class CaseFile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_number", nullable = false, unique = true, updatable = false)
  private String number;

  /** The number's order as a number ({@link CaseNumbers#order}), which the case list sorts by. */
  @NotAudited
  @Column(name = "number_order", nullable = false, updatable = false)
  private long numberOrder;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status = CaseStatus.INTAKE;

  @Column(name = "closing_reason")
  private String closingReason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Priority priority = Priority.NORMAL;

  @ElementCollection
  @CollectionTable(name = "case_harm_type", joinColumns = @JoinColumn(name = "case_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "harm_type")
  private Set<HarmType> harmTypes = EnumSet.noneOf(HarmType.class);

  @ElementCollection
  @CollectionTable(name = "case_jurisdiction", joinColumns = @JoinColumn(name = "case_id"))
  @Column(name = "jurisdiction_code")
  private Set<String> jurisdictions = new TreeSet<>();

  @Column(name = "incident_date")
  private LocalDate incidentDate;

  @Column(name = "dissemination_date")
  private LocalDate disseminationDate;

  @Column(name = "discovery_date")
  private LocalDate discoveryDate;

  private String summary;

  @NotAudited
  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @NotAudited
  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @NotAudited
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @NotAudited
  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "purged_at")
  private Instant purgedAt;

  @Column(name = "purged_by")
  private String purgedBy;

  /**
   * Its team, read only to keep each membership's copy of the last activity in step. Read once per
   * transaction: a membership written after a touch is not in it, so it takes the case's time as it
   * is then ({@link TeamMember}'s constructor) and a later touch in the same transaction would miss
   * it — touch first, then add members, as intake and the Team tab do.
   */
  @NotAudited
  @OneToMany(mappedBy = "caseFile")
  private List<TeamMember> team = new ArrayList<>();

  @Version private long version;

  protected CaseFile() {}

  public CaseFile(String number, String title, String createdBy, Instant now) {
    this.number = number;
    this.numberOrder = CaseNumbers.order(number);
    this.title = title;
    this.createdBy = createdBy;
    this.createdAt = now;
    touch(createdBy, now);
  }

  /**
   * Records who last changed the case and when; notes, people and team changes count too. Each
   * membership of its team learns it as well (the user's list reads its order from there). A purged
   * case is read-only, so touching it is refused.
   */
  public void touch(String username, Instant now) {
    requireNotPurged();
    this.updatedBy = username;
    this.updatedAt = now;
    team.forEach(member -> member.caseTouched(now));
  }

  /**
   * Moves the case to another status; closing needs a reason, other statuses clear it. Closing
   * records when (the retention period runs from then); reopening forgets it.
   */
  public void changeStatus(CaseStatus target, String reason) {
    changeStatus(target, reason, Instant.now());
  }

  public void changeStatus(CaseStatus target, String reason, Instant at) {
    requireNotPurged();
    if (target != status && !status.next().contains(target)) {
      throw new InvalidStatusChangeException(status, target);
    }
    if (target == CaseStatus.CLOSED && (reason == null || reason.isBlank())) {
      throw new InvalidStatusChangeException(status, target);
    }
    boolean wasClosed = status == CaseStatus.CLOSED;
    this.status = target;
    this.closingReason = target == CaseStatus.CLOSED ? reason.strip() : null;
    if (target != CaseStatus.CLOSED) {
      this.closedAt = null;
    } else if (!wasClosed || closedAt == null) {
      this.closedAt = at;
    }
  }

  /** Marks the case as purged: from now on it is an anonymous, read-only shell. */
  public void purged(String username, Instant at) {
    requireNotPurged();
    this.purgedBy = username;
    this.purgedAt = at;
  }

  /**
   * Drops the case's free text (title, summary, closing reason may name people) for the purge. Done
   * on the entity rather than in SQL so that the change history's last revision, written when the
   * transaction completes, holds the erased text too.
   */
  public void eraseText(String placeholderTitle) {
    this.title = placeholderTitle;
    this.summary = null;
    this.closingReason = null;
  }

  /** Refuses any change to a purged case. */
  public void requireNotPurged() {
    if (purgedAt != null) {
      throw new CasePurgedException(number);
    }
  }

  public boolean isPurged() {
    return purgedAt != null;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Instant getPurgedAt() {
    return purgedAt;
  }

  public String getPurgedBy() {
    return purgedBy;
  }

  public Long getId() {
    return id;
  }

  public String getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public CaseStatus getStatus() {
    return status;
  }

  public String getClosingReason() {
    return closingReason;
  }

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }

  public Set<HarmType> getHarmTypes() {
    return harmTypes;
  }

  public void setHarmTypes(Set<HarmType> harmTypes) {
    this.harmTypes.clear();
    this.harmTypes.addAll(harmTypes);
  }

  public Set<String> getJurisdictions() {
    return jurisdictions;
  }

  public void setJurisdictions(Set<String> codes) {
    this.jurisdictions.clear();
    this.jurisdictions.addAll(codes);
  }

  public LocalDate getIncidentDate() {
    return incidentDate;
  }

  public void setIncidentDate(LocalDate incidentDate) {
    this.incidentDate = incidentDate;
  }

  public LocalDate getDisseminationDate() {
    return disseminationDate;
  }

  public void setDisseminationDate(LocalDate disseminationDate) {
    this.disseminationDate = disseminationDate;
  }

  public LocalDate getDiscoveryDate() {
    return discoveryDate;
  }

  public void setDiscoveryDate(LocalDate discoveryDate) {
    this.discoveryDate = discoveryDate;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public long getVersion() {
    return version;
  }
}
