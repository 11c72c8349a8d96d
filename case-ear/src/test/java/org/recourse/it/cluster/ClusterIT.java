package org.recourse.it.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.recourse.it.support.ApiClient;
import org.recourse.it.support.ApiClient.BinaryReply;
import org.recourse.it.support.ApiClient.Reply;
import org.recourse.it.support.Browser;
import org.recourse.it.support.TestEnvironment;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestMedia.Fixture;

/**
 * Two nodes of the standalone-ha server behind HAProxy, started by {@code ./cluster.sh} against
 * this run's Keycloak and a fresh PostgreSQL database: scheduled work is done once per cluster
 * while both run; a user whose node is killed ({@code kill -9}) carries on on the other without
 * logging in again, evidence stored through the dead node included; the node comes back and
 * rejoins. Run with {@code ./mvnw -Pcluster verify}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  /** The nodes' WildFly port offsets: http 8580 and 8680, management 10490 and 10590. */
  private static final int[] OFFSETS = {500, 600};

  private static final int S3_PORT = 19000;

  private static final Map<String, String> FACTS =
      Map.of(
          "sourceUrl", "https://social.example/p/cluster",
          "capturedAt", "2026-11-20T14:05:00Z",
          "capturedBy", "advocate",
          "method", "SCREENSHOT",
          "description", "Stored in the cluster test");

  /** How often the nodes' re-upload watcher looks at a URL, in minutes (the smallest it takes). */
  private static final int CHECK_MINUTES = 1;

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(new ServerSetup(TestEnvironment.SMTP_PORT, "127.0.0.1", "smtp"));

  private static Path script;
  private static Path clusterDir;

  @BeforeAll
  static void startTheCluster() throws Exception {
    script = Path.of(System.getProperty("recourse.it.cluster.script"));
    clusterDir = Path.of(System.getProperty("recourse.it.cluster.dir"));
    Files.createDirectories(clusterDir);
    TestEnvironment.keycloak(); // started by the test environment; the cluster uses it
    run(Duration.ofMinutes(10), "start");
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    if (script != null) {
      run(Duration.ofMinutes(2), "stop");
    }
  }

  @Test
  @Order(1)
  void scheduledWorkIsDoneOncePerClusterWhileBothNodesRun() throws Exception {
    List<Instant> hits = Collections.synchronizedList(new ArrayList<>());
    HttpServer platform = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    platform.createContext(
        "/",
        exchange -> {
          hits.add(Instant.now());
          byte[] body = "synthetic page".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(404, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    platform.start();
    try {
      ApiClient attorney = ApiClient.as("attorney");
      attorney.get("me"); // Recourse learns the attorney's e-mail address from the token
      long caseId = newCase(attorney, "Cluster reminders");
      String number = attorney.get("cases/" + caseId).json().getString("number");
      long removal =
          attorney
              .at(node(1))
              .post(
                  "cases/" + caseId + "/removals",
                  Json.createObjectBuilder()
                      .add(
                          "url", "http://127.0.0.1:" + platform.getAddress().getPort() + "/watched")
                      .add("contentKind", "IMAGE")
                      .add("legalBasis", "TAKE_IT_DOWN")
                      .build()
                      .toString())
              .json()
              .getInt("id");
      for (String status : List.of("SUBMITTED", "REMOVED")) {
        Reply moved =
            attorney.post("removals/" + removal + "/status", "{\"status\": \"" + status + "\"}");
        assertEquals(200, moved.status(), moved.body());
      }

      String due = LocalDate.now().plusDays(2).toString();
      Reply deadline =
          attorney.post(
              "cases/" + caseId + "/deadlines",
              "{\"title\": \"Cluster motion\", \"dueDate\": \""
                  + due
                  + "\", \"severity\": \"HIGH\"}");
      assertEquals(201, deadline.status(), deadline.body());
      ApiClient admin = ApiClient.as("admin");
      // Both nodes run the reminders at once, besides their own timers.
      CompletableFuture<Reply> onOne =
          CompletableFuture.supplyAsync(() -> admin.at(node(1)).post("reminders/run", ""));
      CompletableFuture<Reply> onTwo =
          CompletableFuture.supplyAsync(() -> admin.at(node(2)).post("reminders/run", ""));
      assertEquals(200, onOne.get(2, TimeUnit.MINUTES).status());
      assertEquals(200, onTwo.get(2, TimeUnit.MINUTES).status());

      assertEquals(1, mailsFor(number), "the reminder is mailed once by the two nodes");

      // The watcher, both nodes up: its first look within one tick, then one per interval.
      Duration interval = Duration.ofMinutes(CHECK_MINUTES);
      Instant firstBy = Instant.now().plus(interval).plusSeconds(20);
      while (hits.isEmpty()) {
        assertTrue(Instant.now().isBefore(firstBy), "the watcher never looked at the URL");
        Thread.sleep(500);
      }
      Thread.sleep(interval.multipliedBy(2).plusSeconds(30).toMillis());
      List<Instant> seen = List.copyOf(hits);
      assertEquals(3, seen.size(), "once per interval, the first look and two more: " + seen);
      for (int i = 1; i < seen.size(); i++) {
        Duration gap = Duration.between(seen.get(i - 1), seen.get(i));
        assertTrue(
            gap.compareTo(interval.minusSeconds(5)) >= 0,
            "two checks of one URL within an interval (" + gap + "): " + seen);
      }
      assertEquals(1, mailsFor(number), "and no second reminder meanwhile");
    } finally {
      platform.stop(0);
    }
  }

  @Test
  @Order(2)
  void aUserCarriesOnOnTheOtherNodeWhenTheirNodeIsKilled() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney, "Cluster failover");
    byte[] photo = TestMedia.bytes(Fixture.PHOTO_JPEG);
    Reply stored =
        attorney.at(node(1)).multipart("cases/" + caseId + "/evidence", FACTS, "node1.jpg", photo);
    assertEquals(201, stored.status(), stored.body());
    String evidenceId = stored.json().getString("id");
    matchableWithinTwoSeconds(attorney.at(node(2)), evidenceId, true);

    try (Browser browser = Browser.open()) {
      openCaseInASessionOwnedBy(browser, "node1", caseId);
      String session = session(browser);
      // A person reads the page before the next click. (The session is copied to the other node
      // as the request that built the page ends: a crash in that moment loses that page's view,
      // and the next click says the page expired and offers to reload it.)
      Thread.sleep(1000);

      run(Duration.ofMinutes(1), "kill", "1");

      Instant killed = Instant.now();
      browser.click(By.linkText("Notes"));
      browser.type("case:tabs:noteBody", "Written after node 1 died");
      browser.click(By.id("case:tabs:addNote"));
      browser.waitUntil(
          d ->
              d.findElement(By.id("case:tabs:notesList"))
                  .getText()
                  .contains("Written after node 1 died"));
      Duration failover = Duration.between(killed, Instant.now());
      assertFalse(browser.isOnKeycloakLogin(), "no new login");
      assertEquals(
          sessionId(session), sessionId(session(browser)), "the same session, now on node 2");
      System.out.println("Failover: the next click answered after " + failover.toMillis() + " ms");
    }

    // The token from before the crash still works, through the balancer and on node 2.
    assertEquals(200, attorney.get("cases/" + caseId).status());
    Reply whileAway =
        attorney.multipart(
            "cases/" + caseId + "/evidence",
            FACTS,
            "while-away.jpg",
            TestMedia.bytes(Fixture.PHOTO_JPEG));
    assertEquals(201, whileAway.status(), whileAway.body());
    BinaryReply download = attorney.at(node(2)).getBytes("evidence/" + evidenceId + "/content");
    assertEquals(200, download.status());
    assertArrayEquals(photo, download.body(), "the file node 1 stored, from the object store");
    assertTrue(matches(attorney, evidenceId), "still matchable through the balancer");
  }

  @Test
  @Order(3)
  void theKilledNodeComesBackAndRejoins() throws Exception {
    run(Duration.ofMinutes(5), "node", "1");
    ApiClient attorney = ApiClient.as("attorney");
    long caseId = newCase(attorney, "Cluster rejoin");
    assertEquals(200, attorney.at(node(1)).get("cases/" + caseId).status(), "node 1 serves again");
    try (Browser browser = Browser.open()) {
      // Through the balancer, in a session node 1 owns (so served by node 1): clicks straight
      // after the page shows, as a quick user makes them.
      openCaseInASessionOwnedBy(browser, "node1", caseId);
      browser.click(By.linkText("Notes"));
      browser.type("case:tabs:noteBody", "Written on node 1 after it came back");
      browser.click(By.id("case:tabs:addNote"));
      browser.waitUntil(
          d ->
              d.findElement(By.id("case:tabs:notesList"))
                  .getText()
                  .contains("Written on node 1 after it came back"));
      assertTrue(session(browser).endsWith(".node1"), "still node 1's session");
    }
    assertTrue(
        matches(attorney.at(node(1)), evidenceNamed(attorney, "while-away.jpg")),
        "the node that came back matches evidence stored while it was away");
  }

  @Test
  @Order(4)
  void evidencePurgedThroughOneNodeIsGoneFromTheOtherWithinTwoSeconds() throws Exception {
    ApiClient attorney = ApiClient.as("attorney");
    ApiClient admin = ApiClient.as("admin");
    long caseId = newCase(attorney, "Cluster purge");
    Reply stored =
        attorney
            .at(node(2))
            .multipart(
                "cases/" + caseId + "/evidence",
                FACTS,
                "to-purge.jpg",
                TestMedia.bytes(Fixture.PHOTO_JPEG));
    assertEquals(201, stored.status(), stored.body());
    String evidenceId = stored.json().getString("id");
    matchableWithinTwoSeconds(attorney.at(node(1)), evidenceId, true);

    JsonObject shown = attorney.get("cases/" + caseId).json();
    Reply closed =
        attorney.put(
            "cases/" + caseId,
            Json.createObjectBuilder()
                .add("title", shown.getString("title"))
                .add("harmTypes", Json.createArrayBuilder().add("NON_CONSENSUAL_SHARING"))
                .add("priority", "NORMAL")
                .add(
                    "victim",
                    Json.createObjectBuilder()
                        .add("pseudonym", "Cluster client")
                        .add("legalName", "Synthia Clustertest"))
                .add("jurisdictions", Json.createArrayBuilder().add("US"))
                .add("status", "CLOSED")
                .add("closingReason", "Content removed")
                .add("version", shown.getJsonNumber("version").longValue())
                .build()
                .toString());
    assertEquals(200, closed.status(), closed.body());
    assertEquals(200, admin.put("retention/settings", "{\"closedCaseMonths\": 0}").status());
    Reply purged =
        admin
            .at(node(2))
            .post(
                "cases/" + caseId + "/purge",
                "{\"confirmCaseNumber\": \"" + shown.getString("number") + "\"}");
    assertEquals(200, purged.status(), purged.body());

    matchableWithinTwoSeconds(attorney.at(node(1)), evidenceId, false);
  }

  /** Waits until a node matches (or stops matching) an item, for at most 2 seconds. */
  private static void matchableWithinTwoSeconds(ApiClient onNode, String evidenceId, boolean wanted)
      throws InterruptedException {
    Instant from = Instant.now();
    while (matches(onNode, evidenceId) != wanted) {
      assertTrue(
          Duration.between(from, Instant.now()).compareTo(Duration.ofSeconds(2)) <= 0,
          (wanted ? "matchable" : "gone") + " on the other node within 2 seconds");
      Thread.sleep(100);
    }
  }

  /** The application's URL on one node, bypassing the balancer. */
  private static String node(int number) {
    return "http://localhost:" + (8080 + OFFSETS[number - 1]) + "/recourse/";
  }

  private static long newCase(ApiClient attorney, String title) {
    Reply reply =
        attorney.post(
            "cases",
            "{\"title\": \""
                + title
                + " "
                + UUID.randomUUID()
                + "\", \"harmTypes\": [\"NON_CONSENSUAL_SHARING\"],"
                + " \"victim\": {\"pseudonym\": \"Cluster client\","
                + " \"legalName\": \"Synthia Clustertest\"}, \"jurisdictions\": [\"US\"]}");
    assertEquals(201, reply.status(), reply.body());
    return reply.json().getJsonNumber("id").longValue();
  }

  /** Whether a look-alike search with a blurred copy of the test photo finds that evidence. */
  private static boolean matches(ApiClient client, String evidenceId) {
    return lookAlikes(client).stream().anyMatch(m -> m.getString("evidenceId").equals(evidenceId));
  }

  /** The id of the evidence of that file name, found by a look-alike search. */
  private static String evidenceNamed(ApiClient attorney, String fileName) {
    List<JsonObject> found = lookAlikes(attorney);
    return found.stream()
        .filter(m -> m.getString("fileName").equals(fileName))
        .map(m -> m.getString("evidenceId"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + fileName + " among " + found));
  }

  /** What a look-alike search with a blurred copy of the test photo finds, for this client. */
  private static List<JsonObject> lookAlikes(ApiClient client) {
    Reply reply =
        client.multipart(
            "evidence/matches", Map.of(), "probe.jpg", TestMedia.bytes(Fixture.PHOTO_BLURRED_JPEG));
    assertEquals(200, reply.status(), reply.body());
    return reply.jsonArray().getValuesAs(JsonObject.class);
  }

  private static long mailsFor(String caseNumber) {
    return Arrays.stream(MAIL.getReceivedMessages())
        .filter(m -> subject(m).contains(caseNumber))
        .count();
  }

  private static String subject(MimeMessage message) {
    try {
      return String.valueOf(message.getSubject());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Logs in through the balancer and opens the case in a session owned by this node. WildFly names
   * a session's owner at the end of its id, and the balancer sends the session there; the owner
   * follows from the id, so a new session is started (the Keycloak login stays) until one is the
   * node's.
   */
  private static void openCaseInASessionOwnedBy(Browser browser, String node, long caseId) {
    for (int attempt = 1; attempt <= 12; attempt++) {
      browser.openAs("case/" + caseId, "attorney");
      browser.waitUntil(d -> !d.findElements(By.id("identity-hidden")).isEmpty());
      if (session(browser).endsWith("." + node)) {
        return;
      }
      browser.driver().manage().deleteCookieNamed("JSESSIONID");
    }
    throw new AssertionError("no session owned by " + node + " in 12 logins");
  }

  private static String session(Browser browser) {
    Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
    assertNotNull(cookie, "a session cookie");
    return cookie.getValue();
  }

  /** A session id without the route WildFly appends to it (".node1"). */
  private static String sessionId(String cookie) {
    int dot = cookie.indexOf('.');
    return dot < 0 ? cookie : cookie.substring(0, dot);
  }

  /** Runs ./cluster.sh with this run's Keycloak, database, mail and ports. */
  private static void run(Duration limit, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(script.toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    environment.put("RECOURSE_CLUSTER_DIR", clusterDir.toString());
    environment.put("CLUSTER_SKIP_BUILD", "true");
    environment.put(
        "CLUSTER_HTTP_PORT", String.valueOf(System.getProperty("recourse.it.http.port")));
    environment.put(
        "KEYCLOAK_PORT", String.valueOf(System.getProperty("recourse.it.keycloak.port")));
    environment.put("KEYCLOAK_EXTERNAL", "true");
    environment.put("CLUSTER_PORT_OFFSETS", OFFSETS[0] + " " + OFFSETS[1]);
    environment.put("S3_PORT", String.valueOf(S3_PORT));
    String serverArguments = System.getProperty("recourse.it.jvm.args");
    environment.put("RECOURSE_DB_URL", setting(serverArguments, "recourse.db.url"));
    List<String> nodeArguments = new ArrayList<>();
    for (String argument : serverArguments.split(" ")) {
      if (argument.startsWith("-D") && !argument.contains("port-offset")) {
        nodeArguments.add(argument);
      }
    }
    nodeArguments.add("-Drecourse.removal.check-minutes=" + CHECK_MINUTES);
    environment.put("CLUSTER_NODE_ARGS", String.join(" ", nodeArguments));
    Path log = clusterDir.resolve("cluster-sh.log");
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Process process = builder.start();
    if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("./cluster.sh " + String.join(" ", arguments) + " timed out");
    }
    assertEquals(
        0,
        process.exitValue(),
        "./cluster.sh " + String.join(" ", arguments) + " failed; see " + log + ":\n" + tail(log));
  }

  private static String setting(String arguments, String name) {
    Matcher matcher = Pattern.compile("-D" + Pattern.quote(name) + "=(\\S+)").matcher(arguments);
    if (!matcher.find()) {
      throw new IllegalStateException(name + " is not among the server's arguments");
    }
    return matcher.group(1);
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }
}
