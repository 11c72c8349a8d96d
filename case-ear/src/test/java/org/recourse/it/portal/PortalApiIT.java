package org.recourse.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Deployments;
import org.recourse.it.support.TestEnvironment;

/**
 * The client portal through its API, as the demo user {@code client} linked to a case of the
 * attorney's: where things stand in plain words with the removal requests the team sent, the
 * incident log and reported addresses (each refused naming the field when too long or no web
 * address), the team reading both, and the case history recording what the client did.
 */
@ExtendWith(ArquillianExtension.class)
class PortalApiIT {

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(new ServerSetup(TestEnvironment.SMTP_PORT, "127.0.0.1", "smtp"));

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.recourseEar();
  }

  private static ApiClient attorney;
  private static ApiClient client;
  private static long caseId;
  private static String tag;

  @BeforeAll
  static void aCaseLinkedToTheClientWithASentRequest() {
    attorney = ApiClient.as("attorney");
    client = ApiClient.as("client");
    tag = UUID.randomUUID().toString().substring(0, 8);
    caseId = attorney.newCase("Portal " + tag, "Client-" + tag);
    Reply linked =
        ApiClient.as("admin")
            .put("cases/" + caseId + "/portal/access", "{\"username\": \"client\"}");
    assertEquals(200, linked.status(), linked.body());
    Reply draft =
        attorney.post(
            "cases/" + caseId + "/removals",
            "{\"url\": \"https://www.instagram.com/p/"
                + tag
                + "\", \"contentKind\": \"IMAGE\", \"legalBasis\": \"TAKE_IT_DOWN\"}");
    assertEquals(201, draft.status(), draft.body());
    Reply unsent =
        attorney.post(
            "cases/" + caseId + "/removals",
            "{\"url\": \"https://www.instagram.com/p/unsent-"
                + tag
                + "\", \"contentKind\": \"IMAGE\", \"legalBasis\": \"TAKE_IT_DOWN\"}");
    assertEquals(201, unsent.status(), unsent.body());
    long requestId = draft.json().getJsonNumber("id").longValue();
    Reply sent = attorney.post("removals/" + requestId + "/status", "{\"status\": \"SUBMITTED\"}");
    assertEquals(200, sent.status(), sent.body());
  }

  @Test
  void theClientSeesTheirCaseInPlainWordsWithTheRequestsTheTeamSent() {
    JsonArray cases = client.get("portal/cases").jsonArray();
    assertEquals(1, cases.size(), cases.toString());
    assertEquals(caseId, cases.getJsonObject(0).getJsonNumber("id").longValue());

    Reply reply = client.get("portal/cases/" + caseId + "/status");
    assertEquals(200, reply.status(), reply.body());
    JsonObject status = reply.json();
    assertEquals("Getting started", status.getString("status"));
    assertFalse(reply.body().contains("INTAKE"), reply.body());
    assertFalse(reply.body().contains("SUBMITTED"), reply.body());
    assertFalse(reply.body().contains(tag), "no title, pseudonym or URL: " + reply.body());
    JsonArray removals = status.getJsonArray("removals");
    assertEquals(1, removals.size(), "the draft is not shown: " + removals);
    JsonObject request = removals.getJsonObject(0);
    assertEquals("Instagram", request.getString("platform"));
    assertFalse(request.getBoolean("removed"));
    assertTrue(request.containsKey("sentAt"));
    assertEquals("Sent; waiting for the platform to answer", request.getString("status"));
  }

  @Test
  void theIncidentLogIsKeptByTheClientReadByTheTeamAndInTheHistory() {
    Reply added =
        client.post(
            "portal/cases/" + caseId + "/incidents",
            "{\"occurredAt\": \"2026-11-02T21:30:00Z\", \"what\": \"A new account posted it "
                + tag
                + "\", \"where\": \"A forum\", \"who\": \"Unknown\","
                + " \"stillNeeded\": \"Take it down\"}");
    assertEquals(201, added.status(), added.body());

    JsonArray mine = client.get("portal/cases/" + caseId + "/incidents").jsonArray();
    assertTrue(mine.toString().contains("A new account posted it " + tag), mine.toString());
    JsonArray team = attorney.get("cases/" + caseId + "/portal/incidents").jsonArray();
    assertTrue(team.toString().contains("A new account posted it " + tag), team.toString());
    JsonArray history = attorney.get("cases/" + caseId + "/history").jsonArray();
    assertTrue(
        history.getValuesAs(JsonObject.class).stream()
            .anyMatch(
                e ->
                    e.getString("entity").equals("Incident log entry")
                        && e.getString("username").equals("client")
                        && e.getString("field").equals("what")),
        history.toString());
  }

  @Test
  void tooLongAnEntryOrAFutureOneIsRefusedNamingTheField() {
    Reply tooLong =
        client.post(
            "portal/cases/" + caseId + "/incidents",
            "{\"occurredAt\": \"2026-11-02T21:30:00Z\", \"what\": \"" + "x".repeat(4001) + "\"}");
    assertEquals(400, tooLong.status(), tooLong.body());
    assertTrue(tooLong.contentType().startsWith("application/problem+json"));
    assertTrue(names(tooLong, "what"), tooLong.body());

    Reply future =
        client.post(
            "portal/cases/" + caseId + "/incidents",
            "{\"occurredAt\": \"2999-01-01T00:00:00Z\", \"what\": \"Later\"}");
    assertEquals(400, future.status(), future.body());
    assertTrue(names(future, "occurredAt"), future.body());
  }

  @Test
  void aReportedAddressBecomesASuggestionAndOneThatIsNoWebAddressIsRefusedNamingUrl() {
    Reply reported =
        client.post(
            "portal/cases/" + caseId + "/reports",
            "{\"url\": \"https://Social.Example/p/" + tag + "?fbclid=x\", \"note\": \"Me\"}");
    assertEquals(201, reported.status(), reported.body());
    assertEquals("https://social.example/p/" + tag, reported.json().getString("url"));

    JsonArray suggestions = attorney.get("cases/" + caseId + "/portal/reports").jsonArray();
    assertTrue(suggestions.toString().contains("https://social.example/p/" + tag));
    assertEquals("Sent to your team", suggestions.getJsonObject(0).getString("status"));
    assertEquals("Sent to your team", reported.json().getString("status"), "plain words");

    Reply again =
        client.post(
            "portal/cases/" + caseId + "/reports",
            "{\"url\": \"https://social.example/p/" + tag + "\"}");
    assertEquals(400, again.status(), again.body());
    assertTrue(names(again, "url"), again.body());

    Reply notWeb =
        client.post("portal/cases/" + caseId + "/reports", "{\"url\": \"ftp://files.example/a\"}");
    assertEquals(400, notWeb.status(), notWeb.body());
    assertTrue(names(notWeb, "url"), notWeb.body());

    JsonArray history = attorney.get("cases/" + caseId + "/history").jsonArray();
    assertTrue(history.toString().contains("Reported web address"), history.toString());
  }

  @Test
  void anotherCaseAnswersLikeAMissingOneAndStaffRoutesRefuseTheClient() {
    long other = ApiClient.as("attorney2").newCase("Other " + tag, "Other-" + tag);
    Reply onOther = client.get("portal/cases/" + other + "/status");
    Reply onMissing = client.get("portal/cases/987654321/status");
    assertEquals(404, onOther.status());
    assertEquals(onMissing.status(), onOther.status());
    assertEquals(onMissing.contentType(), onOther.contentType());
    for (String member : new String[] {"type", "title", "status", "detail"}) {
      assertEquals(
          String.valueOf(onMissing.json().get(member)),
          String.valueOf(onOther.json().get(member)),
          member);
    }
    // An unreadable body changes nothing: another client's case is still answered as missing.
    byte[] broken = "{\"url\": ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(
        404, client.raw("portal/cases/" + other + "/reports", "application/json", broken).status());
    assertEquals(
        404, client.raw("portal/cases/987654321/reports", "application/json", broken).status());
    assertEquals(
        400,
        client.raw("portal/cases/" + caseId + "/reports", "application/json", broken).status());
    assertEquals(403, client.get("cases").status());
    assertEquals(403, client.get("cases/" + caseId).status());
    assertEquals(403, client.get("me").status());
    assertEquals(403, attorney.get("portal/cases").status());
  }

  @Test
  void anotherTeamCannotTakeTheClientOntoItsCase() {
    ApiClient otherLead = ApiClient.as("attorney2");
    long theirs = otherLead.newCase("Taking " + tag, "Taking-" + tag);
    Reply taken = otherLead.put("cases/" + theirs + "/portal/access", "{\"username\": \"CLIENT\"}");
    assertEquals(400, taken.status(), taken.body());
    assertTrue(names(taken, "username"), taken.body());
    assertEquals(200, client.get("portal/cases/" + caseId + "/status").status());
    assertEquals(404, client.get("portal/cases/" + theirs + "/status").status());
    assertTrue(otherLead.get("cases/" + theirs + "/portal/access").jsonArray().isEmpty());
  }

  // ---- the team's decision on reported addresses, and secure messages ----

  @Test
  void theTeamAcceptsASuggestionIntoADraftRequestOrDismissesItAndTheClientReadsTheOutcome() {
    String base = "portal/cases/" + caseId + "/reports";
    long taken =
        reportedId(
            client.post(base, "{\"url\": \"https://www.instagram.com/p/take-" + tag + "\"}"));
    long left =
        reportedId(client.post(base, "{\"url\": \"https://social.example/left-" + tag + "\"}"));
    String decide = "cases/" + caseId + "/portal/reports/";
    String basis = "{\"contentKind\": \"IMAGE\", \"legalBasis\": \"TAKE_IT_DOWN\"}";

    assertEquals(403, ApiClient.as("admin").post(decide + taken + "/accept", basis).status());
    assertEquals(403, client.post(decide + taken + "/accept", basis).status());
    Reply noBasis = attorney.post(decide + taken + "/accept", "{\"contentKind\": \"IMAGE\"}");
    assertEquals(400, noBasis.status(), noBasis.body());
    assertTrue(names(noBasis, "legalBasis"), noBasis.body());

    Reply accepted = ApiClient.as("attorney2").post(decide + taken + "/accept", basis);
    assertEquals(404, accepted.status(), "another team: no such case");
    accepted = attorney.post(decide + taken + "/accept", basis);
    assertEquals(200, accepted.status(), accepted.body());
    assertTrue(accepted.json().getBoolean("created"));
    long removalId =
        accepted.json().getJsonObject("suggestion").getJsonNumber("removalId").longValue();
    JsonObject draft = attorney.get("removals/" + removalId).json().getJsonObject("request");
    assertEquals("https://www.instagram.com/p/take-" + tag, draft.getString("url"));
    assertEquals("DRAFT", draft.getString("status"));
    Reply again = attorney.post(decide + taken + "/accept", basis);
    assertEquals(409, again.status(), again.body());
    assertTrue(again.contentType().startsWith("application/problem+json"));

    Reply dismissed =
        attorney.post(
            decide + left + "/dismiss", "{\"reason\": \"Not the client's image " + tag + "\"}");
    assertEquals(200, dismissed.status(), dismissed.body());
    assertEquals(404, attorney.post(decide + "987654321/dismiss", "{}").status());

    String forClient = client.get(base).body();
    assertTrue(forClient.contains("Your team is asking the platform to take it down"), forClient);
    assertTrue(forClient.contains("Your team is not taking this one further"), forClient);
    assertFalse(forClient.contains("Not the client's image"), "the team's reason stays the team's");
    String forTeam = attorney.get("cases/" + caseId + "/portal/reports").body();
    assertTrue(forTeam.contains("\"removalId\":" + removalId), forTeam);
    String history = attorney.get("cases/" + caseId + "/history").body();
    assertTrue(history.contains("Not the client's image " + tag), history);
  }

  @Test
  void clientAndTeamExchangeMessagesWithReadMarkersAndTheTeamIsMailedOnlyThatOneIsWaiting()
      throws Exception {
    attorney.get("me"); // Recourse learns the attorney's e-mail address from the token
    String number = attorney.get("cases/" + caseId).json().getString("number");
    String mine = "portal/cases/" + caseId + "/messages";
    String team = "cases/" + caseId + "/portal/messages";

    Reply tooLong =
        client.post(mine, "{\"subject\": \"Long\", \"body\": \"" + "x".repeat(5001) + "\"}");
    assertEquals(400, tooLong.status(), tooLong.body());
    assertTrue(names(tooLong, "body"), tooLong.body());
    assertTrue(tooLong.body().contains("at most 5000 characters"), tooLong.body());

    Reply started =
        client.post(
            mine,
            "{\"subject\": \"New copy " + tag + "\", \"body\": \"Found on a forum " + tag + "\"}");
    assertEquals(201, started.status(), started.body());
    long thread = started.json().getJsonNumber("id").longValue();

    assertTrue(MAIL.waitForIncomingEmail(10_000, 1), "the team is told a message is waiting");
    List<MimeMessage> mails =
        Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subject(m).contains(number)).toList();
    assertEquals(1, mails.size());
    String mail = subject(mails.get(0)) + "\n" + GreenMailUtil.getBody(mails.get(0));
    assertTrue(mail.contains("a secure message is waiting"), mail);
    for (String secret : List.of(tag, "forum", "Client-")) {
      assertFalse(mail.contains(secret), "the mail shows " + secret + ": " + mail);
    }

    assertEquals(403, ApiClient.as("admin").get(team).status(), "admin sees no identity");
    assertEquals(403, client.get(team).status());
    JsonObject forTeam = attorney.get(team).jsonArray().getJsonObject(0);
    assertTrue(forTeam.getBoolean("unread"));
    assertEquals(
        "The client", forTeam.getJsonArray("messages").getJsonObject(0).getString("author"));

    assertEquals(200, attorney.post(team + "/" + thread + "/read", "").status());
    Reply answered = attorney.post(team + "/" + thread, "{\"body\": \"We are on it " + tag + "\"}");
    assertEquals(201, answered.status(), answered.body());

    JsonObject forClient = client.get(mine).jsonArray().getJsonObject(0);
    assertTrue(forClient.getBoolean("unread"), "the answer is new to the client");
    JsonArray messages = forClient.getJsonArray("messages");
    assertTrue(messages.getJsonObject(0).getBoolean("readByOtherSide"), "the team read it");
    assertEquals("Your team", messages.getJsonObject(1).getString("author"));
    assertEquals("We are on it " + tag, messages.getJsonObject(1).getString("body"));
    assertFalse(forClient.toString().contains("attorney"), "no staff username for the client");
    try {
      assertEquals(200, client.put("portal/language", "{\"language\": \"es\"}").status());
      JsonArray inSpanish = client.get(mine).jsonArray().getJsonObject(0).getJsonArray("messages");
      assertEquals("Usted", inSpanish.getJsonObject(0).getString("author"));
      assertEquals("Su equipo", inSpanish.getJsonObject(1).getString("author"));
    } finally {
      assertEquals(200, client.put("portal/language", "{\"language\": \"en\"}").status());
    }

    assertEquals(200, client.post(mine + "/" + thread + "/read", "").status());
    JsonObject read = attorney.get(team).jsonArray().getJsonObject(0);
    assertTrue(read.getJsonArray("messages").getJsonObject(1).getBoolean("readByOtherSide"));
    assertFalse(read.getBoolean("unread"));
    assertEquals(
        1,
        Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subject(m).contains(number)).count(),
        "the team's answer mails nobody");

    long other = ApiClient.as("attorney2").newCase("Other " + tag, "Other-" + tag);
    Reply onOther =
        client.post("portal/cases/" + other + "/messages", "{\"subject\": \"a\", \"body\": \"b\"}");
    assertEquals(404, onOther.status(), onOther.body());
    assertEquals(404, client.post(mine + "/987654321", "{\"body\": \"b\"}").status());
  }

  private static long reportedId(Reply reply) {
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getJsonNumber("id").longValue();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theClientSeesOnlyTheDatesTheTeamSharesAndOnlyWhatAndWhen() {
    Reply hearing =
        attorney.post(
            "cases/" + caseId + "/deadlines",
            "{\"title\": \"Court hearing " + tag + "\", \"dueDate\": \"2027-03-12\"}");
    assertEquals(201, hearing.status(), hearing.body());
    Reply internal =
        attorney.post(
            "cases/" + caseId + "/deadlines",
            "{\"title\": \"Internal review " + tag + "\", \"dueDate\": \"2027-03-01\"}");
    assertEquals(201, internal.status(), internal.body());
    long hearingId = hearing.json().getJsonNumber("id").longValue();
    assertTrue(client.get("portal/cases/" + caseId + "/dates").jsonArray().isEmpty());

    Reply shared =
        attorney.put("deadlines/" + hearingId + "/shared-with-client", "{\"shared\": true}");
    assertEquals(200, shared.status(), shared.body());
    assertTrue(shared.json().getBoolean("sharedWithClient"));

    JsonArray dates = client.get("portal/cases/" + caseId + "/dates").jsonArray();
    assertEquals(1, dates.size(), dates.toString());
    JsonObject date = dates.getJsonObject(0);
    assertEquals("Court hearing " + tag, date.getString("what"));
    assertEquals("2027-03-12", date.getString("date"));
    assertFalse(date.containsKey("citation") || date.containsKey("status"), date.toString());

    Reply missing = attorney.put("deadlines/" + hearingId + "/shared-with-client", "{}");
    assertEquals(400, missing.status(), missing.body());
    assertTrue(names(missing, "shared"), missing.body());
    assertEquals(
        200,
        attorney
            .put("deadlines/" + hearingId + "/shared-with-client", "{\"shared\": false}")
            .status());
    assertTrue(client.get("portal/cases/" + caseId + "/dates").jsonArray().isEmpty());
    assertEquals(
        403,
        client
            .put("deadlines/" + hearingId + "/shared-with-client", "{\"shared\": true}")
            .status());
  }

  @Test
  void theLanguageIsChosenForTheAccountAndAnUnknownOneIsRefusedNamingIt() {
    try {
      Reply chosen = client.put("portal/language", "{\"language\": \"es\"}");
      assertEquals(200, chosen.status(), chosen.body());
      assertEquals("es", client.get("portal/language").json().getString("language"));
      JsonObject status = client.get("portal/cases/" + caseId + "/status").json();
      assertEquals("Empezando", status.getString("status"));
      assertEquals(
          "Enviada; esperando la respuesta de la plataforma",
          status.getJsonArray("removals").getJsonObject(0).getString("status"));

      Reply unknown = client.put("portal/language", "{\"language\": \"fr\"}");
      assertEquals(400, unknown.status(), unknown.body());
      assertTrue(names(unknown, "language"), unknown.body());
    } finally {
      assertEquals(200, client.put("portal/language", "{\"language\": \"en\"}").status());
    }
    assertEquals(
        "Getting started",
        client.get("portal/cases/" + caseId + "/status").json().getString("status"));
  }

  private static boolean names(Reply problem, String field) {
    JsonArray errors = problem.json().getJsonArray("errors");
    return errors != null
        && errors.getValuesAs(JsonObject.class).stream()
            .anyMatch(e -> e.getString("field").equals(field));
  }
}
