package org.recourse.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.InjectMocks;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;
import org.recourse.casefile.CaseFile;
import org.recourse.casefile.CaseNote;
import org.recourse.casefile.CaseStatus;
import org.recourse.casefile.CaseViews.CaseDetail;
import org.recourse.casefile.CaseViews.PersonView;
import org.recourse.casefile.CaseViews.SafeContact;
import org.recourse.casefile.CaseViews.VictimDetails;
import org.recourse.casefile.HarmType;
import org.recourse.casefile.PersonKind;
import org.recourse.casefile.Priority;
import org.recourse.evidence.EvidenceViews.EvidenceLabel;
import org.recourse.portal.Language;
import org.recourse.portal.MessageSide;
import org.recourse.portal.PlainWords;
import org.recourse.portal.PortalViews.IncidentView;
import org.recourse.portal.SecureMessages.MessageView;
import org.recourse.portal.SecureMessages.ThreadView;
import org.recourse.privacy.VictimJson.Contents;
import org.recourse.privacy.VictimJson.PortalPart;
import org.recourse.privacy.VictimJson.Reported;
import org.recourse.removal.ContentKind;
import org.recourse.removal.Platform;
import org.recourse.removal.RemovalRequest;
import org.recourse.removal.RemovalStatus;
import org.recourse.removal.SentNotice;
import org.recourse.removal.notice.LegalBasis;

@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class VictimJsonTest {

  private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");
  private static final Instant SENT = Instant.parse("2026-11-30T18:45:00Z");
  private static final Instant ANSWERED = Instant.parse("2026-11-30T19:10:00Z");

  @Mock private EntityManager em;
  @Mock private TypedQuery<CaseNote> notes;
  @Mock private TypedQuery<RemovalRequest> removals;
  @Mock private TypedQuery<SentNotice> notices;
  @InjectMocks private VictimJson victimJson;

  @BeforeEach
  void aCaseWithOneNoteAndNoRemovalRequests() {
    CaseFile caseFile = new CaseFile("RC-2026-0042", "Synthetic case", "lead", AT);
    CaseNote note = new CaseNote(caseFile, "attorney-kim", AT, "Called the platform", false);
    when(em.createQuery(anyString(), eq(CaseNote.class))).thenReturn(notes);
    when(notes.setParameter(anyString(), any())).thenReturn(notes);
    when(notes.getResultList()).thenReturn(List.of(note));
    when(em.createQuery(anyString(), eq(RemovalRequest.class))).thenReturn(removals);
    when(removals.setParameter(anyString(), any())).thenReturn(removals);
    when(removals.getResultList()).thenReturn(List.of());
  }

  private static CaseDetail detail() {
    return new CaseDetail(
        42,
        "RC-2026-0042",
        "Synthetic case",
        CaseStatus.INTAKE,
        null,
        Priority.NORMAL,
        EnumSet.of(HarmType.NON_CONSENSUAL_SHARING),
        Set.of("US"),
        null,
        null,
        null,
        null,
        new VictimDetails(
            "Client S",
            "Synthia Example",
            null,
            null,
            null,
            "es",
            new SafeContact(false, true, false, false, null, "heron", null)),
        AT,
        "lead",
        AT,
        "lead",
        0,
        null,
        null,
        null);
  }

  /** The thread as its reader sees it (the portal's words for the client, usernames for staff). */
  private static ThreadView thread(String clientWrote, String teamWrote) {
    return new ThreadView(
        5,
        "About the new account",
        SENT,
        ANSWERED,
        false,
        ANSWERED,
        List.of(
            new MessageView(
                1,
                true,
                clientWrote,
                "I found another <copy>",
                SENT,
                true,
                List.of(new EvidenceLabel("ev-2", "copy.png", null))),
            new MessageView(2, false, teamWrote, "We are on it", ANSWERED, true, List.of())));
  }

  private static IncidentView incident() {
    return new IncidentView(
        9,
        Instant.parse("2026-11-29T21:30:00Z"),
        "A new account posted it",
        "A forum",
        null,
        "Take it down",
        SENT,
        "client-a",
        List.of("ev-1"),
        List.of(new EvidenceLabel("ev-1", "post.png", "The forum post")));
  }

  private JsonObject write(MessageSide reader, ThreadView thread, long evidenceNotIncluded) {
    return write(reader, Language.ENGLISH, thread, evidenceNotIncluded);
  }

  private JsonObject write(
      MessageSide reader, Language language, ThreadView thread, long evidenceNotIncluded) {
    PortalPart portal =
        new PortalPart(
            List.of(thread),
            List.of(incident()),
            List.of(
                new Reported("https://forum.example/t/1", "my photo", SENT, "Waiting for you")));
    byte[] json =
        victimJson.write(
            reader,
            language,
            "attorney-kim",
            AT,
            new Contents(detail(), List.of(), null, evidenceNotIncluded, portal));
    return Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))
        .readObject();
  }

  @Test
  void theClientReadsTheirMessagesAsYouAndYourTeamWithTimesAndText() {
    JsonObject json = write(MessageSide.CLIENT, thread("You", "Your team"), 0);

    JsonObject thread = json.getJsonArray("secureMessages").getJsonObject(0);
    assertEquals("About the new account", thread.getString("subject"));
    assertEquals(SENT.toString(), thread.getString("startedAt"));
    JsonArray messages = thread.getJsonArray("messages");
    assertEquals(2, messages.size());
    assertEquals("You", messages.getJsonObject(0).getString("from"));
    assertEquals(SENT.toString(), messages.getJsonObject(0).getString("sentAt"));
    assertEquals("I found another <copy>", messages.getJsonObject(0).getString("text"));
    assertEquals("Your team", messages.getJsonObject(1).getString("from"));
    assertEquals("We are on it", messages.getJsonObject(1).getString("text"));
  }

  @Test
  void theClientsCopyNamesNoStaffUsername() {
    JsonObject json = write(MessageSide.CLIENT, thread("You", "Your team"), 0);

    assertFalse(json.toString().contains("attorney-kim"), json.toString());
    assertFalse(json.toString().contains("client-a"), "nor the client's own username");
    assertEquals("You", json.getString("exportedBy"));
    assertEquals("Your team", json.getJsonArray("notes").getJsonObject(0).getString("author"));
    assertEquals("Synthia Example", json.getJsonObject("victim").getString("legalName"));
  }

  @Test
  void theTeamReadsWhoWroteByUsername() {
    JsonObject json = write(MessageSide.TEAM, thread("The client", "attorney-kim"), 0);

    assertEquals("attorney-kim", json.getString("exportedBy"));
    assertEquals("attorney-kim", json.getJsonArray("notes").getJsonObject(0).getString("author"));
    JsonArray messages = messagesOfTheFirstThread(json);
    assertEquals("The client", messages.getJsonObject(0).getString("from"));
    assertEquals("attorney-kim", messages.getJsonObject(1).getString("from"));
    assertEquals(
        "client-a", json.getJsonArray("incidentLog").getJsonObject(0).getString("writtenBy"));
  }

  @Test
  void theIncidentLogHoldsWhenWhatWhereWhoAndWhatIsStillNeeded() {
    JsonObject entry =
        write(MessageSide.CLIENT, thread("You", "Your team"), 0)
            .getJsonArray("incidentLog")
            .getJsonObject(0);

    assertEquals("2026-11-29T21:30:00Z", entry.getString("occurredAt"));
    assertEquals("A new account posted it", entry.getString("what"));
    assertEquals("A forum", entry.getString("where"));
    assertTrue(entry.isNull("who"));
    assertEquals("Take it down", entry.getString("stillNeeded"));
    assertEquals(SENT.toString(), entry.getString("writtenAt"));
    assertEquals("You", entry.getString("writtenBy"));
  }

  @Test
  void aMessageListsTheFilesAttachedToIt() {
    JsonArray messages =
        write(MessageSide.CLIENT, thread("You", "Your team"), 0)
            .getJsonArray("secureMessages")
            .getJsonObject(0)
            .getJsonArray("messages");

    JsonObject file = messages.getJsonObject(0).getJsonArray("files").getJsonObject(0);
    assertEquals("ev-2", file.getString("id"));
    assertEquals("copy.png", file.getString("fileName"));
    assertTrue(file.isNull("description"), "none was given");
    assertFalse(messages.getJsonObject(1).containsKey("files"), "none attached");
  }

  @Test
  void anIncidentLogEntryListsTheEvidenceAttachedToItByIdAndDescription() {
    JsonObject entry =
        write(MessageSide.TEAM, thread("The client", "attorney-kim"), 0)
            .getJsonArray("incidentLog")
            .getJsonObject(0);

    JsonObject attached = entry.getJsonArray("evidence").getJsonObject(0);
    assertEquals(1, entry.getJsonArray("evidence").size());
    assertEquals("ev-1", attached.getString("id"));
    assertEquals("post.png", attached.getString("fileName"));
    assertEquals("The forum post", attached.getString("description"));
  }

  @Test
  void reportedAddressesComeWithTheirNoteAndWhereTheyStand() {
    JsonObject reported =
        write(MessageSide.CLIENT, thread("You", "Your team"), 0)
            .getJsonArray("reportedAddresses")
            .getJsonObject(0);

    assertEquals("https://forum.example/t/1", reported.getString("url"));
    assertEquals("my photo", reported.getString("note"));
    assertEquals("Waiting for you", reported.getString("status"));
  }

  @Test
  void evidenceFilesLeftOutAreCountedAndExplained() {
    JsonObject withheld =
        write(MessageSide.CLIENT, thread("You", "Your team"), 2).getJsonObject("withheld");
    assertEquals(2, withheld.getInt("evidenceFiles"));
    assertTrue(withheld.getString("why").contains("evidence files are not in this download"));

    JsonObject none =
        write(MessageSide.TEAM, thread("The client", "attorney-kim"), 0).getJsonObject("withheld");
    assertFalse(none.containsKey("evidenceFiles"), none.toString());
  }

  @Test
  void theClientsCopyLeavesOutTheSafetyCodeWordWhichTheTeamsKeeps() {
    JsonObject client = write(MessageSide.CLIENT, thread("You", "Your team"), 0);
    JsonObject team = write(MessageSide.TEAM, thread("The client", "attorney"), 0);

    assertFalse(client.toString().contains("heron"), client.toString());
    assertTrue(client.getJsonObject("withheld").getBoolean("safetyDetails"));
    assertTrue(client.getJsonObject("withheld").getString("why").contains("safety code word"));
    assertEquals(
        "heron",
        team.getJsonObject("victim").getJsonObject("safeContact").getString("codeWord"),
        "the team's export keeps it");
  }

  @Test
  void aSpanishSpeakingClientReadsWhatIsLeftOutAndWhyInSpanish() {
    String why =
        write(MessageSide.CLIENT, Language.SPANISH, thread("You", "Your team"), 2)
            .getJsonObject("withheld")
            .getString("why");

    assertTrue(why.startsWith("Las notas reservadas de su abogado"), why);
    assertTrue(why.contains("Su palabra clave de seguridad"), why);
    assertTrue(why.contains("Los archivos de pruebas no están en esta descarga"), why);
    for (String english : List.of("Privileged", "safety code word", "evidence files", "team")) {
      assertFalse(why.contains(english), english + " in " + why);
    }
  }

  @Test
  void aSpanishSpeakingClientReadsWhoWroteWhatInSpanish() {
    // The message board names the authors in English; the export names them by side.
    JsonObject json = write(MessageSide.CLIENT, Language.SPANISH, thread("You", "Your team"), 0);

    assertEquals("Usted", json.getString("exportedBy"));
    assertEquals("Su equipo", json.getJsonArray("notes").getJsonObject(0).getString("author"));
    JsonArray messages = messagesOfTheFirstThread(json);
    assertEquals("Usted", messages.getJsonObject(0).getString("from"));
    assertEquals("Su equipo", messages.getJsonObject(1).getString("from"));
    assertEquals("Usted", json.getJsonArray("incidentLog").getJsonObject(0).getString("writtenBy"));
    assertEquals(
        "Su equipo", firstNotice(MessageSide.CLIENT, Language.SPANISH).getString("sentBy"));
    String text = json.toString();
    for (String english : List.of("\"You\"", "Your team", "The client")) {
      assertFalse(text.contains(english), english + " in " + text);
    }
  }

  @Test
  void theTeamReadsUsernamesWhateverTheClientsLanguage() {
    JsonObject json =
        write(MessageSide.TEAM, Language.SPANISH, thread("The client", "attorney-kim"), 0);

    assertEquals("attorney-kim", json.getString("exportedBy"));
    assertEquals("attorney-kim", json.getJsonArray("notes").getJsonObject(0).getString("author"));
    JsonArray messages = messagesOfTheFirstThread(json);
    assertEquals("The client", messages.getJsonObject(0).getString("from"));
    assertEquals("attorney-kim", messages.getJsonObject(1).getString("from"));
    assertEquals(
        "client-a", json.getJsonArray("incidentLog").getJsonObject(0).getString("writtenBy"));
    assertEquals("lead", firstNotice(MessageSide.TEAM, Language.SPANISH).getString("sentBy"));
  }

  @Test
  void theTeamReadsWhatIsLeftOutInEnglish() {
    String why =
        write(MessageSide.TEAM, Language.SPANISH, thread("The client", "attorney-kim"), 0)
            .getJsonObject("withheld")
            .getString("why");

    assertTrue(why.startsWith("Privileged notes are attorney work product"), why);
    assertFalse(why.contains("safety code word"), "the team's copy keeps the code word");
  }

  /** The first notice of the one removal request in {@link #writeWithARequest}. */
  private JsonObject firstNotice(MessageSide reader, Language language) {
    return writeWithARequest(reader, language)
        .getJsonArray("removalRequests")
        .getJsonObject(0)
        .getJsonArray("notices")
        .getJsonObject(0);
  }

  private static JsonArray messagesOfTheFirstThread(JsonObject json) {
    return json.getJsonArray("secureMessages").getJsonObject(0).getJsonArray("messages");
  }

  /** The export with one removal request (DMCA, a notice under TAKE IT DOWN) and a respondent. */
  private JsonObject writeWithARequest(MessageSide reader, Language language) {
    CaseFile caseFile = new CaseFile("RC-2026-0042", "Synthetic case", "lead", AT);
    RemovalRequest request =
        new RemovalRequest(
            caseFile,
            new Platform("forum", "Forum"),
            "https://forum.example/t/1",
            "forum.example",
            ContentKind.IMAGE,
            LegalBasis.DMCA,
            "lead",
            AT);
    SentNotice notice =
        new SentNotice(null, LegalBasis.TAKE_IT_DOWN, "Notice", "Please remove", false, "lead", AT);
    when(removals.getResultList()).thenReturn(List.of(request));
    when(em.createQuery(anyString(), eq(SentNotice.class))).thenReturn(notices);
    when(notices.setParameter(anyString(), any())).thenReturn(notices);
    when(notices.getResultList()).thenReturn(List.of(notice));
    PersonView respondent =
        new PersonView(
            3,
            PersonKind.RESPONDENT,
            "Ex Ample",
            true,
            List.of(),
            List.of(),
            null,
            null,
            null,
            null);
    byte[] json =
        victimJson.write(
            reader,
            language,
            "attorney-kim",
            AT,
            new Contents(
                detail(),
                List.of(respondent),
                null,
                0,
                new PortalPart(List.of(), List.of(), List.of())));
    return Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))
        .readObject();
  }

  @Test
  void theClientReadsStatusesBasesAndKindsInThePortalsWordsInTheirLanguage() {
    for (Language language : Language.values()) {
      JsonObject json = writeWithARequest(MessageSide.CLIENT, language);
      JsonObject request = json.getJsonArray("removalRequests").getJsonObject(0);

      assertEquals(
          PlainWords.of(CaseStatus.INTAKE, language),
          json.getJsonObject("case").getString("status"),
          "as the portal page says it");
      assertEquals(PlainWords.of(RemovalStatus.DRAFT, language), request.getString("status"));
      assertEquals(PlainWords.of(LegalBasis.DMCA, language), request.getString("legalBasis"));
      assertEquals(
          PlainWords.of(LegalBasis.TAKE_IT_DOWN, language),
          request.getJsonArray("notices").getJsonObject(0).getString("legalBasis"));
      assertEquals(
          PlainWords.of(HarmType.NON_CONSENSUAL_SHARING, language),
          json.getJsonObject("case").getJsonArray("harmTypes").getString(0));
      assertEquals(
          PlainWords.of(PersonKind.RESPONDENT, language),
          json.getJsonArray("people").getJsonObject(0).getString("kind"));
      for (String code :
          List.of(
              "INTAKE", "DRAFT", "DMCA", "TAKE_IT_DOWN", "NON_CONSENSUAL_SHARING", "RESPONDENT")) {
        assertFalse(json.toString().contains("\"" + code + "\""), code + " in " + json);
      }
    }
    JsonObject spanish = writeWithARequest(MessageSide.CLIENT, Language.SPANISH);
    assertEquals("Empezando", spanish.getJsonObject("case").getString("status"));
    assertEquals(
        "En preparación",
        spanish.getJsonArray("removalRequests").getJsonObject(0).getString("status"));
    assertEquals(
        "Getting started",
        writeWithARequest(MessageSide.CLIENT, Language.ENGLISH)
            .getJsonObject("case")
            .getString("status"));
  }

  @Test
  void theTeamReadsTheCodes() {
    JsonObject json = writeWithARequest(MessageSide.TEAM, Language.SPANISH);
    JsonObject request = json.getJsonArray("removalRequests").getJsonObject(0);

    assertEquals("INTAKE", json.getJsonObject("case").getString("status"));
    assertEquals("DRAFT", request.getString("status"));
    assertEquals("DMCA", request.getString("legalBasis"));
    assertEquals(
        "TAKE_IT_DOWN", request.getJsonArray("notices").getJsonObject(0).getString("legalBasis"));
    assertEquals(
        "NON_CONSENSUAL_SHARING",
        json.getJsonObject("case").getJsonArray("harmTypes").getString(0));
    assertEquals("RESPONDENT", json.getJsonArray("people").getJsonObject(0).getString("kind"));
  }
}
