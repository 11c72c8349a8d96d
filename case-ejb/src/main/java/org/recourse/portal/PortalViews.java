package org.recourse.portal;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.recourse.evidence.EvidenceLabels;
import org.recourse.evidence.EvidenceViews.EvidenceLabel;

/** What the portal services return to pages and the API: plain words, never enum names. */
public final class PortalViews {

  private PortalViews() {}

  /** The case a client may open, by id only: no number or title (a watched screen shows them). */
  public record PortalCaseView(long id, String status) {}

  /** Where the client's case stands, in plain words. */
  public record PortalStatusView(
      long caseId, String status, String explanation, List<PortalRemovalView> removals) {}

  /**
   * A removal request the team has sent: the platform, when it was sent, the time by which a law
   * makes the platform act (none where no law sets one), whether the content is down, and where the
   * request stands in plain words.
   */
  public record PortalRemovalView(
      String platform, Instant sentAt, Instant actBy, boolean removed, String status)
      implements Serializable {}

  /**
   * A date the team shares with the client: what it is (the deadline's title) and when, a day or an
   * exact time. Nothing else of the deadline (its law, computation or status) reaches the client.
   */
  public record PortalDateView(String what, LocalDate date, Instant at) implements Serializable {}

  /**
   * One entry of the incident log, with the evidence attached to it: the items' ids and, for each
   * item, its file name and description.
   */
  public record IncidentView(
      long id,
      Instant occurredAt,
      String what,
      String where,
      String who,
      String stillNeeded,
      Instant createdAt,
      String createdBy,
      List<String> evidenceIds,
      List<EvidenceLabel> evidence)
      implements Serializable {

    public IncidentView {
      evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
  }

  /** A reported web address, as the client and the team see it, its status in plain words. */
  public record ReportView(
      long id, String url, String host, String note, String status, Instant reportedAt)
      implements Serializable {}

  /**
   * Who may open the case through the portal: the user, when and by whom it was linked (invited,
   * when Recourse created the user), whether access is open now, and who last opened or closed it.
   */
  public record PortalLinkView(
      String username,
      Instant linkedAt,
      String linkedBy,
      boolean invited,
      boolean enabled,
      Instant accessChangedAt,
      String accessChangedBy)
      implements Serializable {}

  /**
   * A new client user: its username and the one-time password to pass on through the client's safe
   * channel. Returned once to the inviting staff member; never stored, never logged (not even by
   * {@link #toString}).
   */
  public record PortalInvitationView(
      String username, String temporaryPassword, PortalLinkView access) {
    @Override
    public String toString() {
      return "PortalInvitationView[username=" + username + "]";
    }
  }

  /** Entries of one case, the evidence attached to each named by file name and description. */
  static List<IncidentView> of(long caseId, List<IncidentEntry> entries, EvidenceLabels labels) {
    Set<String> attached = new HashSet<>();
    entries.forEach(e -> attached.addAll(e.getEvidenceIds()));
    List<EvidenceLabel> named = labels.of(caseId, attached);
    return entries.stream()
        .map(e -> of(e, named.stream().filter(l -> e.getEvidenceIds().contains(l.id())).toList()))
        .toList();
  }

  /** An entry, its evidence named by {@code labels} (the attached items of its case). */
  static IncidentView of(IncidentEntry e, List<EvidenceLabel> labels) {
    return new IncidentView(
        e.getId(),
        e.getOccurredAt(),
        e.getWhat(),
        e.getWhere(),
        e.getWho(),
        e.getStillNeeded(),
        e.getCreatedAt(),
        e.getCreatedBy(),
        labels.stream().map(EvidenceLabel::id).toList(),
        labels);
  }

  static ReportView of(ReportedUrl r) {
    return of(r, Language.ENGLISH);
  }

  static ReportView of(ReportedUrl r, Language language) {
    return new ReportView(
        r.getId(),
        r.getUrl(),
        r.getHost(),
        r.getNote(),
        PlainWords.of(r.getStatus(), language),
        r.getReportedAt());
  }

  static PortalLinkView of(PortalLink l) {
    return new PortalLinkView(
        l.getUsername(),
        l.getLinkedAt(),
        l.getLinkedBy(),
        l.isInvited(),
        l.isEnabled(),
        l.getAccessChangedAt(),
        l.getAccessChangedBy());
  }
}
