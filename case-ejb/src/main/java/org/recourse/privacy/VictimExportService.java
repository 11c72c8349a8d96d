package org.recourse.privacy;

import static org.recourse.shared.Roles.ADMIN;
import static org.recourse.shared.Roles.ADVOCATE;
import static org.recourse.shared.Roles.ATTORNEY;
import static org.recourse.shared.Roles.CASEWORKER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.recourse.casefile.CaseNote;
import org.recourse.casefile.CasePeopleService;
import org.recourse.casefile.CaseService;
import org.recourse.casefile.CaseViews.CaseAccess;
import org.recourse.casefile.CaseViews.CaseDetail;
import org.recourse.casefile.CaseViews.PersonView;
import org.recourse.casefile.CaseViews.VictimDetails;
import org.recourse.evidence.export.EvidenceExports;
import org.recourse.evidence.export.ExportItem;
import org.recourse.evidence.export.ExportJob;
import org.recourse.evidence.export.PackageDownload;
import org.recourse.removal.RemovalRequest;
import org.recourse.removal.SentNotice;
import org.recourse.shared.IdentityText;
import org.recourse.shared.NotPermittedException;

/**
 * The victim's data export, for access requests (GDPR art. 15 style): one ZIP with everything held
 * about the victim and their case, for attorneys and advocates of the case team (the same rule as
 * the evidence export; others on the team are refused, outsiders do not see the case).
 *
 * <p>{@code victim.json} holds the victim's identity and contact preferences, the case facts, the
 * people named in the case, the notes that are not privileged, the removal requests with their
 * status history and the notices sent for them, and a list of the evidence files with their hashes;
 * the files themselves follow, decrypted. What is withheld, and why, is stated in the file itself:
 * privileged notes (attorney work product) are counted but not included, and the contact details
 * and internal notes about other people (respondents, witnesses) are left out because they are
 * those people's data. Each exported evidence item gets an EXPORTED entry in its chain of custody
 * naming this package and its SHA-256.
 */
@Stateless
@RolesAllowed({ATTORNEY, ADVOCATE, CASEWORKER, ADMIN})
public class VictimExportService {

  /** The reason recorded on each item's chain of custody. */
  public static final String PURPOSE = "Victim data export (access request)";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private CaseService cases;
  @EJB private CasePeopleService casePeople;
  @EJB private EvidenceExports evidence;
  @Inject private Clock clock;

  /**
   * The export of a case's victim data, ready to write; writing it records it on the chain of
   * custody of every evidence item in it.
   *
   * @param address the caller's network address, for the chain of custody
   */
  public PackageDownload download(long caseId, String address) {
    VictimExport export = export(caseId);
    VictimExportService self = session.getBusinessObject(VictimExportService.class);
    return new PackageDownload(
        export.fileName(), export::writeTo, written -> self.recordExport(export, written, address));
  }

  /**
   * Prepares the export of a case's victim data; hand it out through {@link #download}, which
   * records it once written.
   */
  public VictimExport export(long caseId) {
    CaseAccess access = cases.access(caseId);
    if (!access.canHandleEvidence()) {
      throw new NotPermittedException(
          "Only attorneys and advocates of the case team may export the victim's data");
    }
    CaseDetail detail = cases.get(caseId);
    Long evidenceCount =
        em.createQuery(
                "SELECT COUNT(e) FROM EvidenceItem e WHERE e.caseFile.id = :c"
                    + " AND e.wrappedKey IS NOT NULL",
                Long.class)
            .setParameter("c", caseId)
            .getSingleResult();
    ExportJob job = evidenceCount > 0 ? evidence.export(caseId, List.of(), PURPOSE) : null;
    Instant now = job == null ? clock.instant() : job.header().exportedAt();
    byte[] json = victimJson(detail, job, now);
    return new VictimExport(caseId, detail.number(), now, json, job);
  }

  /**
   * Records a written package on the chain of custody of every evidence item in it: the recorder of
   * {@link #download}.
   */
  public void recordExport(VictimExport export, ExportJob.Written written, String address) {
    if (export.evidence() != null) {
      evidence.recordExport(export.evidence(), export.fileName(), written, address);
    }
  }

  private byte[] victimJson(CaseDetail detail, ExportJob job, Instant now) {
    long caseId = detail.id();
    JsonObjectBuilder root = Json.createObjectBuilder();
    root.add("format", "recourse-victim-export/1");
    root.add("exportedAt", now.toString());
    root.add("exportedBy", session.getCallerPrincipal().getName());
    root.add("victim", victim(detail.victim()));
    root.add("case", caseFacts(detail));
    root.add("people", people(casePeople.people(caseId)));

    List<CaseNote> notes =
        em.createQuery(
                "SELECT n FROM CaseNote n WHERE n.caseFile.id = :c ORDER BY n.createdAt, n.id",
                CaseNote.class)
            .setParameter("c", caseId)
            .getResultList();
    JsonArrayBuilder noteList = Json.createArrayBuilder();
    long privileged = 0;
    for (CaseNote note : notes) {
      if (note.isPrivileged()) {
        privileged++;
      } else {
        noteList.add(
            Json.createObjectBuilder()
                .add("createdAt", note.getCreatedAt().toString())
                .add("author", note.getAuthor())
                .add("body", note.getBody()));
      }
    }
    root.add("notes", noteList);
    root.add("removalRequests", removals(caseId));
    root.add("evidence", evidenceList(job));
    root.add(
        "withheld",
        Json.createObjectBuilder()
            .add("privilegedNotes", privileged)
            .add(
                "why",
                "Privileged notes are attorney work product and are withheld. Contact details"
                    + " and internal notes about other people in the case are their personal"
                    + " data and are not included."));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.writeObject(root.build());
    }
    return out.toByteArray();
  }

  private static JsonObjectBuilder victim(VictimDetails v) {
    JsonObjectBuilder victim = Json.createObjectBuilder();
    add(victim, "pseudonym", v.pseudonym());
    add(victim, "legalName", v.legalName());
    add(victim, "dateOfBirth", v.dateOfBirth());
    add(victim, "email", v.email());
    add(victim, "phone", v.phone());
    add(victim, "preferredLanguage", v.preferredLanguage());
    JsonObjectBuilder contact =
        Json.createObjectBuilder()
            .add("call", v.safeContact().call())
            .add("text", v.safeContact().text())
            .add("email", v.safeContact().email())
            .add("voicemail", v.safeContact().voicemail());
    add(contact, "times", v.safeContact().times());
    add(contact, "codeWord", v.safeContact().codeWord());
    add(contact, "neverContactThrough", v.safeContact().neverContactThrough());
    victim.add("safeContact", contact);
    return victim;
  }

  private static JsonObjectBuilder caseFacts(CaseDetail d) {
    JsonObjectBuilder facts = Json.createObjectBuilder();
    facts.add("number", d.number());
    facts.add("title", d.title());
    facts.add("status", d.status().name());
    add(facts, "closingReason", d.closingReason());
    JsonArrayBuilder harms = Json.createArrayBuilder();
    d.harmTypes().forEach(h -> harms.add(h.name()));
    facts.add("harmTypes", harms);
    JsonArrayBuilder places = Json.createArrayBuilder();
    d.jurisdictions().forEach(places::add);
    facts.add("jurisdictions", places);
    add(facts, "incidentDate", d.incidentDate());
    add(facts, "disseminationDate", d.disseminationDate());
    add(facts, "discoveryDate", d.discoveryDate());
    add(facts, "summary", d.summary());
    facts.add("openedAt", d.createdAt().toString());
    return facts;
  }

  private static JsonArrayBuilder people(List<PersonView> people) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (PersonView p : people) {
      JsonObjectBuilder person = Json.createObjectBuilder().add("kind", p.kind().name());
      add(person, "name", p.name());
      JsonArrayBuilder aliases = Json.createArrayBuilder();
      p.aliases().forEach(aliases::add);
      JsonArrayBuilder handles = Json.createArrayBuilder();
      p.handles().forEach(handles::add);
      person.add("aliases", aliases).add("handles", handles);
      add(person, "relationship", p.relationship());
      list.add(person);
    }
    return list;
  }

  private JsonArrayBuilder removals(long caseId) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    List<RemovalRequest> requests =
        em.createQuery(
                "SELECT r FROM RemovalRequest r JOIN FETCH r.platform WHERE r.caseFile.id = :c"
                    + " ORDER BY r.createdAt, r.id",
                RemovalRequest.class)
            .setParameter("c", caseId)
            .getResultList();
    for (RemovalRequest r : requests) {
      JsonObjectBuilder request =
          Json.createObjectBuilder()
              .add("platform", r.getPlatform().getName())
              .add("legalBasis", r.getLegalBasis().name())
              .add("status", r.getStatus().name())
              .add("createdAt", r.getCreatedAt().toString());
      add(request, "url", r.getUrl());
      add(request, "platformReference", r.getPlatformReference());
      add(request, "submittedAt", r.getSubmittedAt());
      add(request, "removedAt", r.getRemovedAt());
      JsonArrayBuilder notices = Json.createArrayBuilder();
      for (SentNotice n :
          em.createQuery(
                  "SELECT n FROM SentNotice n WHERE n.requestId = :r ORDER BY n.sentAt, n.id",
                  SentNotice.class)
              .setParameter("r", r.getId())
              .getResultList()) {
        JsonObjectBuilder notice =
            Json.createObjectBuilder()
                .add("legalBasis", n.getLegalBasis().name())
                .add("sentAt", n.getSentAt().toString())
                .add("sentBy", n.getSentBy())
                .add("body", IdentityText.forTeam(n.getBody()));
        add(notice, "subject", IdentityText.forTeam(n.getSubject()));
        notices.add(notice);
      }
      request.add("notices", notices);
      list.add(request);
    }
    return list;
  }

  private static JsonArrayBuilder evidenceList(ExportJob job) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    if (job == null) {
      return list;
    }
    List<ExportItem> items = job.items();
    for (int i = 0; i < items.size(); i++) {
      ExportItem item = items.get(i);
      JsonObjectBuilder entry =
          Json.createObjectBuilder()
              .add("file", VictimExport.entryName(i + 1, item))
              .add("evidenceId", item.evidenceId())
              .add("mediaType", item.mediaType())
              .add("size", item.size())
              .add("sha256", item.sha256());
      if (item.capture() != null) {
        add(entry, "sourceUrl", item.capture().sourceUrl());
        add(entry, "capturedAt", item.capture().capturedAt());
        add(entry, "description", item.capture().description());
      }
      list.add(entry);
    }
    return list;
  }

  private static void add(JsonObjectBuilder object, String name, Object value) {
    if (value == null) {
      object.addNull(name);
    } else {
      object.add(name, value.toString());
    }
  }
}
