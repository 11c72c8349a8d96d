package org.recourse.removal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Against a local server; the checker under test is allowed to reach private addresses. */
class UrlCheckerTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final long CAP = 64 * 1024;
  private static final long HUGE = 50L * 1024 * 1024;

  private HttpServer server;
  private ExecutorService handlers;
  private String base;

  private final AtomicInteger requests = new AtomicInteger();
  private final List<String> userAgents = new CopyOnWriteArrayList<>();
  private final List<String> cookiesSent = new CopyOnWriteArrayList<>();
  private final AtomicLong hugeBytesWritten = new AtomicLong();
  private final CountDownLatch hugeHandlerDone = new CountDownLatch(1);

  private final UrlChecker checker = new UrlChecker(Duration.ofSeconds(1), CAP, true, CLOCK);

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    handlers = Executors.newCachedThreadPool();
    server.setExecutor(handlers);
    server.createContext(
        "/status/", exchange -> respond(exchange, Integer.parseInt(lastSegment(exchange)), null));
    server.createContext(
        "/chain/",
        exchange -> {
          int left = Integer.parseInt(lastSegment(exchange));
          if (left == 0) {
            respond(exchange, 200, null);
          } else {
            respond(exchange, 302, "/chain/" + (left - 1));
          }
        });
    server.createContext("/moved", exchange -> respond(exchange, 302, "status/404"));
    server.createContext("/to-ftp", exchange -> respond(exchange, 301, "ftp://127.0.0.1/x"));
    server.createContext(
        "/to-other-loopback",
        exchange -> respond(exchange, 307, "http://127.0.0.2:" + port() + "/status/200"));
    server.createContext(
        "/sets-cookie",
        exchange -> {
          exchange.getResponseHeaders().add("Set-Cookie", "session=synthetic-1; Path=/");
          respond(exchange, 302, "/status/200");
        });
    server.createContext("/no-location", exchange -> respond(exchange, 302, null));
    server.createContext(
        "/slow",
        exchange -> {
          sleepQuietly(3_000);
          respond(exchange, 200, null);
        });
    server.createContext(
        "/stalls",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(new byte[100]);
            body.flush();
            sleepQuietly(3_000);
          } catch (IOException clientLeft) {
            // The checker closed the connection, as it should.
          }
        });
    server.createContext(
        "/huge",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          byte[] chunk = new byte[64 * 1024];
          try (OutputStream body = exchange.getResponseBody()) {
            while (hugeBytesWritten.get() < HUGE) {
              body.write(chunk);
              hugeBytesWritten.addAndGet(chunk.length);
            }
          } catch (IOException clientLeft) {
            // The checker closed the connection, as it should.
          } finally {
            hugeHandlerDone.countDown();
          }
        });
    server.start();
    base = "http://127.0.0.1:" + port();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
    handlers.shutdownNow();
  }

  private int port() {
    return server.getAddress().getPort();
  }

  private static String lastSegment(HttpExchange exchange) {
    String path = exchange.getRequestURI().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private void respond(HttpExchange exchange, int status, String location) throws IOException {
    requests.incrementAndGet();
    userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
    String cookie = exchange.getRequestHeaders().getFirst("Cookie");
    if (cookie != null) {
      cookiesSent.add(cookie);
    }
    try (InputStream request = exchange.getRequestBody()) {
      request.readAllBytes();
    }
    if (location != null) {
      exchange.getResponseHeaders().add("Location", location);
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @ParameterizedTest
  @CsvSource({
    "200, UP",
    "204, UP",
    "404, DOWN",
    "410, DOWN",
    "451, DOWN",
    "403, UNREACHABLE",
    "429, UNREACHABLE",
    "500, UNREACHABLE",
    "503, UNREACHABLE"
  })
  void theStatusDecidesTheState(int status, UrlState expected) {
    CheckResult result = checker.check(base + "/status/" + status);

    assertEquals(new CheckResult(expected, status, NOW, "HTTP " + status), result);
  }

  @Test
  void aRedirectToAMissingPageIsDown() {
    CheckResult result = checker.check(base + "/moved");

    assertEquals(UrlState.DOWN, result.state());
    assertEquals(404, result.httpStatus());
    assertEquals("HTTP 404 after 1 redirect", result.detail());
  }

  @Test
  void threeRedirectsAreFollowed() {
    CheckResult result = checker.check(base + "/chain/3");

    assertEquals(new CheckResult(UrlState.UP, 200, NOW, "HTTP 200 after 3 redirects"), result);
    assertEquals(4, requests.get());
  }

  @Test
  void aFourthRedirectIsNotFollowed() {
    CheckResult result = checker.check(base + "/chain/4");

    assertEquals(UrlState.UNREACHABLE, result.state());
    assertEquals(302, result.httpStatus());
    assertEquals(4, requests.get());
  }

  @Test
  void aRedirectWithoutALocationIsUnreachable() {
    assertEquals(UrlState.UNREACHABLE, checker.check(base + "/no-location").state());
  }

  @Test
  void aRedirectToAnotherSchemeIsRefused() {
    CheckResult result = checker.check(base + "/to-ftp");

    assertEquals(UrlState.REFUSED, result.state());
    assertEquals(1, requests.get());
  }

  @Test
  void everyRedirectIsCheckedByTheGuard() {
    UrlChecker guarded =
        new UrlChecker(
            Duration.ofSeconds(1),
            CAP,
            address ->
                address.getHostAddress().equals("127.0.0.2")
                    ? Optional.of("refused by the test")
                    : Optional.empty(),
            CLOCK);

    CheckResult result = guarded.check(base + "/to-other-loopback");

    assertEquals(UrlState.REFUSED, result.state());
    assertEquals("127.0.0.2 not contacted: refused by the test", result.detail());
    assertEquals(1, requests.get());
  }

  @Test
  void aLoopbackTargetIsRefusedWithoutBeingContacted() {
    UrlChecker production = new UrlChecker(Duration.ofSeconds(1), CAP, false, CLOCK);

    CheckResult byAddress = production.check(base + "/status/200");
    CheckResult byName = production.check("http://localhost:" + port() + "/status/200");

    assertEquals(UrlState.REFUSED, byAddress.state());
    assertNull(byAddress.httpStatus());
    assertEquals("127.0.0.1 not contacted: 127.0.0.1 is a loopback address", byAddress.detail());
    assertEquals(UrlState.REFUSED, byName.state());
    assertEquals(0, requests.get());
  }

  @Test
  void onlyHttpAndHttpsAreChecked() {
    assertEquals(UrlState.REFUSED, checker.check("ftp://127.0.0.1/file").state());
    assertEquals(UrlState.REFUSED, checker.check("file:///etc/hostname").state());
    assertEquals(UrlState.REFUSED, checker.check("http://user:pw@127.0.0.1/").state());
    assertEquals(UrlState.REFUSED, checker.check("http://exa mple.org/").state());
  }

  @Test
  void aServerThatDoesNotAnswerInTimeIsUnreachable() {
    UrlChecker quick = new UrlChecker(Duration.ofMillis(500), CAP, true, CLOCK);
    long started = System.nanoTime();

    CheckResult result = quick.check(base + "/slow");

    assertEquals(UrlState.UNREACHABLE, result.state());
    assertNull(result.httpStatus());
    assertTrue(elapsedMillis(started) < 2_000, "took " + elapsedMillis(started) + " ms");
  }

  @Test
  void aBodyThatStallsAfterTheStatusIsCutOffAndTheStatusCounts() {
    UrlChecker quick = new UrlChecker(Duration.ofMillis(500), CAP, true, CLOCK);
    long started = System.nanoTime();

    CheckResult result = quick.check(base + "/stalls");

    assertEquals(UrlState.UP, result.state());
    assertEquals(200, result.httpStatus());
    assertTrue(elapsedMillis(started) < 2_000, "took " + elapsedMillis(started) + " ms");
  }

  @Test
  void aHugeBodyIsNotReadPastTheCap() throws InterruptedException {
    long started = System.nanoTime();

    CheckResult result = checker.check(base + "/huge");

    assertEquals(UrlState.UP, result.state());
    assertTrue(elapsedMillis(started) < 5_000, "took " + elapsedMillis(started) + " ms");
    assertTrue(hugeHandlerDone.await(5, TimeUnit.SECONDS), "the server kept writing");
    assertTrue(
        hugeBytesWritten.get() < HUGE,
        "the server wrote all " + hugeBytesWritten.get() + " bytes; the checker read them all");
  }

  @Test
  void aClosedPortIsUnreachable() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }

    CheckResult result = checker.check("http://127.0.0.1:" + closedPort + "/");

    assertEquals(new CheckResult(UrlState.UNREACHABLE, null, NOW, "could not connect"), result);
  }

  @Test
  void theCheckIdentifiesItselfAndSendsNoCookies() {
    CheckResult result = checker.check(base + "/sets-cookie");

    assertEquals(UrlState.UP, result.state());
    assertEquals(List.of(UrlChecker.USER_AGENT, UrlChecker.USER_AGENT), userAgents);
    assertEquals(List.of(), cookiesSent);
  }

  @Test
  void theClientKeepsNoCookiesAndFollowsNoRedirectsItself() {
    HttpClient client = checker.client();

    assertTrue(client.cookieHandler().isEmpty());
    assertEquals(HttpClient.Redirect.NEVER, client.followRedirects());
    assertEquals(Optional.of(Duration.ofSeconds(1)), client.connectTimeout());
  }

  private static long elapsedMillis(long startedNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
  }
}
