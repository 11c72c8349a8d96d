package org.recourse.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.CasePerson;
import org.recourse.casefile.TeamMember;
import org.recourse.casefile.Victim;
import org.recourse.deadline.CaseDeadline;
import org.recourse.evidence.CaptureFacts;
import org.recourse.evidence.EvidenceItem;
import org.recourse.portal.IncidentEntry;
import org.recourse.portal.PortalLink;
import org.recourse.portal.ReportedUrl;
import org.recourse.removal.RemovalRequest;

/**
 * The audited rows of a case and the fields of each that the history shows. Technical columns
 * (versions, who last touched a row, custody heads, storage keys) are left out: the revision itself
 * says who changed what and when.
 */
final class HistorySources {

  /** The victim's identity and contact details (see {@code CaseService}: team only). */
  static final Set<String> VICTIM_IDENTITY =
      Set.of("legalName", "dateOfBirth", "email", "phone", "codeWord", "neverContactThrough");

  static final HistorySource<CaseFile> CASE =
      new HistorySource<>(
          CaseFile.class,
          "Case",
          CaseFile::getId,
          CaseFile::getNumber,
          HistorySources::fields,
          Set.of());

  static final HistorySource<Victim> VICTIM =
      new HistorySource<>(
          Victim.class,
          "Victim",
          Victim::getId,
          Victim::getPseudonym,
          HistorySources::fields,
          VICTIM_IDENTITY);

  static final HistorySource<CasePerson> PERSON =
      new HistorySource<>(
          CasePerson.class,
          "Person",
          CasePerson::getId,
          HistorySources::subject,
          HistorySources::fields,
          Set.of());

  static final HistorySource<TeamMember> TEAM_MEMBER =
      new HistorySource<>(
          TeamMember.class,
          "Team member",
          TeamMember::getId,
          TeamMember::getUsername,
          HistorySources::fields,
          Set.of());

  static final HistorySource<CaseDeadline> DEADLINE =
      new HistorySource<>(
          CaseDeadline.class,
          "Deadline",
          CaseDeadline::getId,
          CaseDeadline::getTitle,
          HistorySources::fields,
          Set.of());

  static final HistorySource<RemovalRequest> REMOVAL =
      new HistorySource<>(
          RemovalRequest.class,
          "Removal request",
          RemovalRequest::getId,
          RemovalRequest::getUrl,
          HistorySources::fields,
          Set.of());

  static final HistorySource<EvidenceItem> EVIDENCE =
      new HistorySource<>(
          EvidenceItem.class,
          "Evidence",
          EvidenceItem::getId,
          EvidenceItem::getFileName,
          HistorySources::fields,
          Set.of());

  static final HistorySource<PortalLink> PORTAL_LINK =
      new HistorySource<>(
          PortalLink.class,
          "Portal access",
          PortalLink::getId,
          PortalLink::getUsername,
          HistorySources::fields,
          Set.of());

  /** The client's incident log, written through the portal. */
  static final HistorySource<IncidentEntry> INCIDENT =
      new HistorySource<>(
          IncidentEntry.class,
          "Incident log entry",
          IncidentEntry::getId,
          e -> String.valueOf(e.getOccurredAt()),
          HistorySources::fields,
          Set.of());

  /** Web addresses the client reported through the portal. */
  static final HistorySource<ReportedUrl> REPORTED_URL =
      new HistorySource<>(
          ReportedUrl.class,
          "Reported web address",
          ReportedUrl::getId,
          ReportedUrl::getUrl,
          HistorySources::fields,
          Set.of());

  /** Everything that belongs to a case through its {@code caseFile}, in the order shown. */
  static final List<HistorySource<?>> OF_CASE =
      List.of(
          VICTIM,
          PERSON,
          TEAM_MEMBER,
          DEADLINE,
          REMOVAL,
          EVIDENCE,
          PORTAL_LINK,
          INCIDENT,
          REPORTED_URL);

  private HistorySources() {}

  /** A client's portal access: invited or linked, and open or closed (never a password). */
  static Map<String, Object> fields(PortalLink l) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("username", l.getUsername());
    fields.put(
        "invited", l.isInvited() ? "invited through Recourse" : "linked to an existing user");
    fields.put("access", l.isEnabled() ? "enabled" : "disabled");
    return fields;
  }

  static Map<String, Object> fields(CaseFile c) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", c.getTitle());
    fields.put("status", c.getStatus());
    fields.put("closingReason", c.getClosingReason());
    fields.put("priority", c.getPriority());
    fields.put("harmTypes", c.getHarmTypes());
    fields.put("jurisdictions", c.getJurisdictions());
    fields.put("incidentDate", c.getIncidentDate());
    fields.put("disseminationDate", c.getDisseminationDate());
    fields.put("discoveryDate", c.getDiscoveryDate());
    fields.put("summary", c.getSummary());
    return fields;
  }

  static Map<String, Object> fields(Victim v) {
    List<String> channels = new ArrayList<>();
    if (v.isSafeByCall()) {
      channels.add("call");
    }
    if (v.isSafeByText()) {
      channels.add("text");
    }
    if (v.isSafeByEmail()) {
      channels.add("e-mail");
    }
    if (v.isSafeByVoicemail()) {
      channels.add("voicemail");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("pseudonym", v.getPseudonym());
    fields.put("legalName", v.getLegalName());
    fields.put("dateOfBirth", v.getDateOfBirth());
    fields.put("email", v.getEmail());
    fields.put("phone", v.getPhone());
    fields.put("preferredLanguage", v.getPreferredLanguage());
    fields.put("safeChannels", channels);
    fields.put("safeTimes", v.getSafeTimes());
    fields.put("codeWord", v.getCodeWord());
    fields.put("neverContactThrough", v.getNeverContactThrough());
    return fields;
  }

  static String subject(CasePerson p) {
    if (p.getName() != null) {
      return p.getName();
    }
    if (p.getHandles() != null) {
      return p.getHandles().lines().findFirst().orElse(null);
    }
    return p.getKind() == null ? null : p.getKind().name();
  }

  static Map<String, Object> fields(CasePerson p) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("kind", p.getKind());
    fields.put("name", p.getName());
    fields.put("identityKnown", p.isIdentityKnown());
    fields.put("aliases", p.getAliases());
    fields.put("handles", p.getHandles());
    fields.put("relationship", p.getRelationship());
    fields.put("email", p.getEmail());
    fields.put("phone", p.getPhone());
    fields.put("notes", p.getNotes());
    return fields;
  }

  static Map<String, Object> fields(TeamMember m) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("caseRole", m.getCaseRole());
    return fields;
  }

  static Map<String, Object> fields(CaseDeadline d) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", d.getTitle());
    fields.put("citation", d.getCitation());
    fields.put("severity", d.getSeverity());
    fields.put("computation", d.getComputation());
    fields.put("dueDate", d.getDueDate());
    fields.put("dueAt", d.getDueAt());
    fields.put("windowStartDate", d.getWindowStartDate());
    fields.put("windowStartAt", d.getWindowStartAt());
    fields.put("startDate", d.getStartDate());
    fields.put("explanation", d.getExplanation());
    fields.put("verified", d.isVerified());
    fields.put("grade", d.getGrade());
    fields.put("status", d.getStatus());
    fields.put("statusReason", d.getStatusReason());
    fields.put("sharedWithClient", d.isSharedWithClient());
    return fields;
  }

  static Map<String, Object> fields(RemovalRequest r) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("platform", r.getPlatform() == null ? null : r.getPlatform().getName());
    fields.put("url", r.getUrl());
    fields.put("contentKind", r.getContentKind());
    fields.put("legalBasis", r.getLegalBasis());
    fields.put("status", r.getStatus());
    fields.put("platformReference", r.getPlatformReference());
    fields.put("submittedAt", r.getSubmittedAt());
    fields.put("removedAt", r.getRemovedAt());
    fields.put("counterNoticeAt", r.getCounterNoticeAt());
    fields.put("followUpDate", r.getFollowUpDate());
    fields.put("slaDueAt", r.getSlaDueAt());
    fields.put("overdue", r.isOverdue());
    fields.put("watched", r.isWatched());
    fields.put("lastState", r.getLastState());
    fields.put("wentDownAt", r.getWentDownAt());
    fields.put("reuploadAlertAt", r.getReuploadAlertAt());
    fields.put("evidenceIds", r.getEvidenceIds());
    return fields;
  }

  static Map<String, Object> fields(EvidenceItem e) {
    CaptureFacts capture = e.capture();
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("fileName", e.getFileName());
    fields.put("mediaType", e.getMediaType());
    fields.put("size", e.getSize());
    fields.put("sha256", e.getSha256());
    fields.put("md5", e.getMd5());
    fields.put("pdq", e.getPdq());
    fields.put("analysisNote", e.getAnalysisNote());
    fields.put("sourceUrl", capture.sourceUrl());
    fields.put("capturedAt", capture.capturedAt());
    fields.put("capturedBy", capture.capturedBy());
    fields.put("captureMethod", capture.method());
    fields.put("description", capture.description());
    return fields;
  }

  static Map<String, Object> fields(IncidentEntry e) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("occurredAt", e.getOccurredAt());
    fields.put("what", e.getWhat());
    fields.put("where", e.getWhere());
    fields.put("who", e.getWho());
    fields.put("stillNeeded", e.getStillNeeded());
    fields.put("evidenceIds", new TreeSet<>(e.getEvidenceIds()));
    return fields;
  }

  static Map<String, Object> fields(ReportedUrl r) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("url", r.getUrl());
    fields.put("note", r.getNote());
    fields.put("status", r.getStatus());
    fields.put("removalRequest", r.getRemovalId());
    fields.put("dismissReason", r.getDismissReason());
    return fields;
  }

  private static Map<String, Object> fields(String name, Object value) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(name, value);
    return fields;
  }
}
