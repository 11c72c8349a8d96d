package org.recourse.privacy;

import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.recourse.casefile.CaseNote;
import org.recourse.casefile.CaseStatus;
import org.recourse.casefile.CaseViews.CaseDetail;
import org.recourse.casefile.CaseViews.PersonView;
import org.recourse.casefile.CaseViews.VictimDetails;
import org.recourse.casefile.HarmType;
import org.recourse.casefile.PersonKind;
import org.recourse.evidence.EvidenceViews.EvidenceLabel;
import org.recourse.evidence.export.ExportItem;
import org.recourse.evidence.export.ExportJob;
import org.recourse.portal.Language;
import org.recourse.portal.MessageSide;
import org.recourse.portal.PlainWords;
import org.recourse.portal.PortalViews.IncidentView;
import org.recourse.portal.SecureMessages.MessageView;
import org.recourse.portal.SecureMessages.ThreadView;
import org.recourse.removal.RemovalRequest;
import org.recourse.removal.RemovalStatus;
import org.recourse.removal.SentNotice;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.shared.IdentityText;

/**
 * Writes {@code victim.json}, the same for both readers of a victim's data export: the team (the
 * case page's export) and the client (the portal's download). What differs is who is named: the
 * team reads the usernames of those who wrote notes, notices and messages; the client reads "Your
 * team" and "You" in their language ("Su equipo", "Usted"), as the portal page shows them, never a
 * staff username. The team reads each status, basis and kind as its code ({@code ACTIVE}, {@code
 * TAKE_IT_DOWN}); the client reads the words the portal uses for it ({@link PlainWords}), in their
 * language, and so the explanation of what the file leaves out. Access is settled before this is
 * called.
 */
@Dependent
public class VictimJson {

  @PersistenceContext private EntityManager em;

  /** The portal's part of the export: secure messages, incident log, reported addresses. */
  public record PortalPart(
      List<ThreadView> threads, List<IncidentView> incidents, List<Reported> reported) {}

  /** A web address the client reported, with where it stands in plain words. */
  public record Reported(String url, String note, Instant reportedAt, String status) {}

  /** What is in the export besides the case: its evidence files and the portal's part. */
  public record Contents(
      CaseDetail detail,
      List<PersonView> people,
      ExportJob evidence,
      long evidenceNotIncluded,
      PortalPart portal) {}

  /**
   * The JSON for {@code reader}, a client reading English.
   *
   * @param exportedBy the username of the person exporting (the client reads "You")
   */
  public byte[] write(MessageSide reader, String exportedBy, Instant now, Contents contents) {
    return write(reader, Language.ENGLISH, exportedBy, now, contents);
  }

  /**
   * The JSON for {@code reader}.
   *
   * @param language the client's language, for the words they read instead of codes
   * @param exportedBy the username of the person exporting (the client reads "You")
   */
  public byte[] write(
      MessageSide reader, Language language, String exportedBy, Instant now, Contents contents) {
    Words words = new Words(reader, language);
    CaseDetail detail = contents.detail();
    long caseId = detail.id();
    JsonObjectBuilder root = Json.createObjectBuilder();
    root.add("format", "recourse-victim-export/1");
    root.add("exportedAt", now.toString());
    root.add("exportedBy", words.person(exportedBy, true));
    root.add("victim", victim(detail.victim(), reader));
    root.add("case", caseFacts(detail, words));
    root.add("people", people(contents.people(), words));

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
                .add("author", words.person(note.getAuthor(), false))
                .add("body", note.getBody()));
      }
    }
    root.add("notes", noteList);
    root.add("removalRequests", removals(words, caseId));
    root.add("evidence", evidenceList(contents.evidence()));
    root.add("secureMessages", messages(contents.portal().threads(), words));
    root.add("incidentLog", incidents(contents.portal().incidents(), words));
    root.add("reportedAddresses", reported(contents.portal().reported()));
    JsonObjectBuilder withheld = Json.createObjectBuilder().add("privilegedNotes", privileged);
    if (reader == MessageSide.CLIENT) {
      withheld.add("safetyDetails", true);
    }
    if (contents.evidenceNotIncluded() > 0) {
      withheld.add("evidenceFiles", contents.evidenceNotIncluded());
    }
    root.add("withheld", withheld.add("why", words.whyWithheld(contents.evidenceNotIncluded())));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.writeObject(root.build());
    }
    return out.toByteArray();
  }

  /** How many evidence files the case holds (a purged item's is gone). */
  public long evidenceCount(long caseId) {
    return em.createQuery(
            "SELECT COUNT(e) FROM EvidenceItem e WHERE e.caseFile.id = :c"
                + " AND e.wrappedKey IS NOT NULL",
            Long.class)
        .setParameter("c", caseId)
        .getSingleResult();
  }

  /**
   * The conversations with the team as their reader sees them (see {@link
   * org.recourse.portal.MessageBoard}): who wrote each message, when, and what, oldest first. The
   * client reads who wrote it in their language, from whose side it came, whatever words the
   * message board gave its author.
   */
  private static JsonArrayBuilder messages(List<ThreadView> threads, Words words) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (ThreadView thread : threads) {
      JsonArrayBuilder messages = Json.createArrayBuilder();
      for (MessageView m : thread.messages()) {
        JsonObjectBuilder message =
            Json.createObjectBuilder()
                .add("from", words.author(m))
                .add("sentAt", m.sentAt().toString())
                .add("text", m.body());
        if (!m.attachments().isEmpty()) {
          message.add("files", files(m.attachments()));
        }
        messages.add(message);
      }
      list.add(
          Json.createObjectBuilder()
              .add("subject", thread.subject())
              .add("startedAt", thread.startedAt().toString())
              .add("messages", messages));
    }
    return list;
  }

  /** The client's incident log, in the order things happened. */
  private static JsonArrayBuilder incidents(List<IncidentView> entries, Words words) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (IncidentView e : entries) {
      JsonObjectBuilder entry =
          Json.createObjectBuilder()
              .add("occurredAt", e.occurredAt().toString())
              .add("what", e.what());
      add(entry, "where", e.where());
      add(entry, "who", e.who());
      add(entry, "stillNeeded", e.stillNeeded());
      if (!e.evidence().isEmpty()) {
        entry.add("evidence", files(e.evidence()));
      }
      entry.add("writtenAt", e.createdAt().toString());
      entry.add("writtenBy", words.person(e.createdBy(), true));
      list.add(entry);
    }
    return list;
  }

  /** Evidence items attached to a log entry or a message: id, file name and description. */
  static JsonArrayBuilder files(List<EvidenceLabel> items) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (EvidenceLabel item : items) {
      JsonObjectBuilder attached =
          Json.createObjectBuilder().add("id", item.id()).add("fileName", item.fileName());
      add(attached, "description", item.description());
      list.add(attached);
    }
    return list;
  }

  /** The web addresses the client reported, with where each stands. */
  static JsonArrayBuilder reported(List<Reported> addresses) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (Reported r : addresses) {
      JsonObjectBuilder entry =
          Json.createObjectBuilder()
              .add("url", r.url())
              .add("reportedAt", r.reportedAt().toString())
              .add("status", r.status());
      add(entry, "note", r.note());
      list.add(entry);
    }
    return list;
  }

  /**
   * The victim's details. The client's own copy leaves out the safety code word and the "never
   * contact through" note: the file lands on a device others may open, and whoever finds it could
   * use the code word to pass as the client with the team (the {@code withheld} part says so).
   */
  static JsonObjectBuilder victim(VictimDetails v, MessageSide reader) {
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
    if (reader != MessageSide.CLIENT) {
      add(contact, "codeWord", v.safeContact().codeWord());
      add(contact, "neverContactThrough", v.safeContact().neverContactThrough());
    }
    victim.add("safeContact", contact);
    return victim;
  }

  private static JsonObjectBuilder caseFacts(CaseDetail d, Words words) {
    JsonObjectBuilder facts = Json.createObjectBuilder();
    facts.add("number", d.number());
    facts.add("title", d.title());
    facts.add("status", words.of(d.status()));
    add(facts, "closingReason", d.closingReason());
    JsonArrayBuilder harms = Json.createArrayBuilder();
    d.harmTypes().forEach(h -> harms.add(words.of(h)));
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

  private static JsonArrayBuilder people(List<PersonView> people, Words words) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (PersonView p : people) {
      JsonObjectBuilder person = Json.createObjectBuilder().add("kind", words.of(p.kind()));
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

  private JsonArrayBuilder removals(Words words, long caseId) {
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
              .add("legalBasis", words.of(r.getLegalBasis()))
              .add("status", words.of(r.getStatus()))
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
                .add("legalBasis", words.of(n.getLegalBasis()))
                .add("sentAt", n.getSentAt().toString())
                .add("sentBy", words.person(n.getSentBy(), false))
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

  /**
   * How the export names a status, basis or kind: by its code for the team, in the portal's plain
   * words and the client's language for the client.
   */
  private record Words(MessageSide reader, Language language) {

    private boolean plain() {
      return reader == MessageSide.CLIENT;
    }

    String of(CaseStatus status) {
      return plain() ? PlainWords.of(status, language) : status.name();
    }

    String of(RemovalStatus status) {
      return plain() ? PlainWords.of(status, language) : status.name();
    }

    String of(LegalBasis basis) {
      return plain() ? PlainWords.of(basis, language) : basis.name();
    }

    String of(HarmType harm) {
      return plain() ? PlainWords.of(harm, language) : harm.name();
    }

    String of(PersonKind kind) {
      return plain() ? PlainWords.of(kind, language) : kind.name();
    }

    /**
     * Who did something: their username for the team; for the client, "You" in their language where
     * the client did it, and "Your team" where anyone on the team did.
     *
     * @param byClient whether the client did it (an incident entry, the client's own download)
     */
    String person(String username, boolean byClient) {
      if (!plain()) {
        return username;
      }
      return byClient ? PlainWords.you(language) : PlainWords.yourTeam(language);
    }

    /**
     * Who wrote a message: as the message board named them for the team, by side for the client.
     */
    String author(MessageView message) {
      if (!plain()) {
        return message.author();
      }
      return message.mine() ? PlainWords.you(language) : PlainWords.yourTeam(language);
    }

    /**
     * Why parts of the file are left out: in the client's language for the client, who also reads
     * why their safety details are not in it; in English for the team.
     *
     * @param evidenceNotIncluded how many evidence files the download leaves out
     */
    String whyWithheld(long evidenceNotIncluded) {
      StringBuilder why = new StringBuilder();
      Language in = plain() ? language : Language.ENGLISH;
      why.append(
          switch (in) {
            case ENGLISH ->
                "Privileged notes are attorney work product and are withheld. Contact details"
                    + " and internal notes about other people in the case are their personal"
                    + " data and are not included.";
            case SPANISH ->
                "Las notas reservadas de su abogado (su trabajo para preparar el caso) no se"
                    + " incluyen. Los datos de contacto y las notas internas sobre otras"
                    + " personas del caso son datos personales de esas personas y no se"
                    + " incluyen.";
          });
      if (plain()) {
        why.append(
            switch (in) {
              case ENGLISH ->
                  " Your safety code word and the ways your team must never contact you are not"
                      + " in this file, so that nobody who finds it can pass as you; your team"
                      + " keeps them.";
              case SPANISH ->
                  " Su palabra clave de seguridad y los medios por los que su equipo nunca debe"
                      + " contactarle no están en este archivo, para que nadie que lo encuentre"
                      + " pueda hacerse pasar por usted; su equipo los guarda.";
            });
      }
      if (evidenceNotIncluded > 0) {
        why.append(
            switch (in) {
              case ENGLISH ->
                  " The evidence files are not in this download, so that they are not stored on"
                      + " a device others may see; ask your team for them.";
              case SPANISH ->
                  " Los archivos de pruebas no están en esta descarga, para que no queden"
                      + " guardados en un dispositivo que otras personas puedan ver; pídaselos a"
                      + " su equipo.";
            });
      }
      return why.toString();
    }
  }
}
