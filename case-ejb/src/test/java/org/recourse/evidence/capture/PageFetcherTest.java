package org.recourse.evidence.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;

class PageFetcherTest {

  private static TestSite site;
  private static TestSite secure;

  @TempDir Path directory;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.http();
    secure = TestSite.https();
  }

  @AfterAll
  static void stop() {
    site.close();
    secure.close();
  }

  private static HttpCapture fetch(String url, Path dir, Duration limit, long maxBytes)
      throws Exception {
    CaptureLimits limits = new CaptureLimits(limit, maxBytes, 5, Path.of("/nonexistent"), true);
    Clock clock = Clock.systemUTC();
    return new PageFetcher(limits, new TargetGuard(true), clock, "test")
        .fetch(URI.create(url), "caseworker1", dir, clock.instant().plus(limit));
  }

  private static HttpCapture fetchResolvingWith(HostResolver dns, String url, Path dir)
      throws Exception {
    Duration limit = Duration.ofSeconds(20);
    CaptureLimits limits = new CaptureLimits(limit, 1 << 20, 5, Path.of("/nonexistent"), true);
    Clock clock = Clock.systemUTC();
    return new PageFetcher(limits, new TargetGuard(true, new PinnedResolver(dns)), clock, "test")
        .fetch(URI.create(url), "caseworker1", dir, clock.instant().plus(limit));
  }

  @Test
  void theFetchConnectsToTheAddressCheckedThroughTheCapturesProxy() throws Exception {
    // A name only the capture's resolver knows, answering a private address from its second
    // lookup on: the page arrives only if the client asked no resolver of its own.
    StubResolver dns = new StubResolver("rebind.test", "127.0.0.1", "10.0.0.1");
    int port = URI.create(site.url("/")).getPort();
    HttpCapture capture =
        fetchResolvingWith(dns, "http://rebind.test:" + port + "/page", directory);
    assertEquals(200, capture.status(), String.valueOf(capture.failure()));
    assertEquals("127.0.0.1", capture.hops().get(0).address());
    assertTrue(Files.readString(capture.payload()).contains("Synthetic test page"));
    assertEquals(1, dns.asked());
  }

  @Test
  void aSecurePageIsTunnelledToTheAddressCheckedWithItsCertificateRecorded() throws Exception {
    StubResolver dns = new StubResolver("rebind.test", "127.0.0.1", "10.0.0.1");
    int port = URI.create(secure.url("/")).getPort();
    HttpCapture capture =
        fetchResolvingWith(dns, "https://rebind.test:" + port + "/page", directory);
    assertEquals(200, capture.status(), String.valueOf(capture.failure()));
    assertNotNull(capture.hops().get(0).tlsProtocol());
    assertNotNull(capture.hops().get(0).certificateProblem());
    assertEquals(1, dns.asked());
  }

  @Test
  void aHostThatRefusesTheConnectionIsAFailureNotTheProxysAnswer() throws Exception {
    int closed;
    try (java.net.ServerSocket probe =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = probe.getLocalPort();
    }
    HttpCapture plain =
        fetch("http://127.0.0.1:" + closed + "/", directory, Duration.ofSeconds(10), 1 << 20);
    assertFalse(plain.answered(), String.valueOf(plain.status()));
    assertTrue(plain.failure().contains("unreachable"), plain.failure());
    HttpCapture secured =
        fetch("https://127.0.0.1:" + closed + "/", directory, Duration.ofSeconds(10), 1 << 20);
    assertFalse(secured.answered(), String.valueOf(secured.status()));
    assertTrue(secured.failure().contains("unreachable"), secured.failure());
  }

  private static List<WarcRecord> records(Path warc) throws Exception {
    List<WarcRecord> records = new ArrayList<>();
    try (WarcReader reader = new WarcReader(warc)) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response) {
          response.http();
        }
        records.add(record);
      }
    }
    return records;
  }

  /** The bodies of every metadata record, read while the file is open. */
  static String metadataText(Path warc) throws Exception {
    StringBuilder text = new StringBuilder();
    try (WarcReader reader = new WarcReader(warc)) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcMetadata metadata) {
          text.append(new String(metadata.body().stream().readAllBytes())).append('\n');
        }
      }
    }
    return text.toString();
  }

  @Test
  void everyRedirectHopIsRecordedWithItsAddress() throws Exception {
    HttpCapture capture = fetch(site.url("/hop1"), directory, Duration.ofSeconds(10), 1 << 20);
    assertEquals(200, capture.status());
    assertTrue(capture.html());
    assertEquals(4, capture.hops().size());
    assertEquals("127.0.0.1", capture.hops().get(0).address());
    List<WarcRecord> records = records(capture.warc());
    assertTrue(records.get(0) instanceof Warcinfo);
    assertEquals(4, records.stream().filter(r -> r instanceof WarcRequest).count());
    assertEquals(4, records.stream().filter(r -> r instanceof WarcResponse).count());
    WarcResponse last =
        (WarcResponse)
            records.stream().filter(r -> r instanceof WarcResponse).reduce((a, b) -> b).get();
    assertEquals(site.url("/page"), last.target());
    String body = new String(last.http().body().stream().readAllBytes());
    assertTrue(body.contains("Synthetic test page"));
    assertEquals("127.0.0.1", last.ipAddress().get().getHostAddress());
  }

  @Test
  void aRedirectLoopIsCappedAndSaid() throws Exception {
    HttpCapture capture = fetch(site.url("/loop"), directory, Duration.ofSeconds(10), 1 << 20);
    assertEquals(302, capture.status());
    assertTrue(
        capture.notes().stream().anyMatch(n -> n.contains("loop")), capture.notes()::toString);
  }

  @Test
  void aRedirectToAPrivateAddressIsRefusedWithTheReason() throws Exception {
    HttpCapture capture =
        fetch(site.url("/to-private"), directory, Duration.ofSeconds(10), 1 << 20);
    assertTrue(capture.refused());
    assertTrue(capture.failure().contains("private network"), capture.failure());
    assertTrue(
        records(capture.warc()).stream()
            .anyMatch(r -> r instanceof WarcMetadata m && m.target().contains("10.0.0.1")));
  }

  @Test
  void aHugePageIsCutAtTheByteCap() throws Exception {
    HttpCapture capture = fetch(site.url("/huge"), directory, Duration.ofSeconds(20), 200_000);
    assertEquals(200, capture.status());
    assertEquals(200_000, Files.size(capture.payload()));
    assertTrue(capture.notes().stream().anyMatch(n -> n.contains("byte cap")));
    WarcResponse response =
        (WarcResponse)
            records(capture.warc()).stream()
                .filter(r -> r instanceof WarcResponse)
                .findFirst()
                .get();
    assertTrue(response.headers().first("WARC-Truncated").isPresent());
  }

  @Test
  void aSlowPageIsCutAtTheTimeLimit() throws Exception {
    long start = System.nanoTime();
    HttpCapture capture = fetch(site.url("/slow"), directory, Duration.ofSeconds(2), 1 << 20);
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 6);
    assertEquals(200, capture.status());
    assertTrue(capture.notes().stream().anyMatch(n -> n.contains("time limit")));
  }

  @Test
  void aSelfSignedCertificateIsRecordedAndThePageKept() throws Exception {
    HttpCapture capture = fetch(secure.url("/page"), directory, Duration.ofSeconds(10), 1 << 20);
    assertEquals(200, capture.status());
    assertNotNull(capture.hops().get(0).certificateProblem());
    assertNotNull(capture.hops().get(0).tlsProtocol());
    String fields = metadataText(capture.warc());
    assertTrue(fields.contains("tls-certificate-validation: FAILED"), fields);
    assertTrue(fields.contains("CN=localhost"), fields);
  }

  @Test
  void anUnknownHostIsAFailureNotACrash() throws Exception {
    HttpCapture capture =
        fetch("http://no-such-host.invalid/", directory, Duration.ofSeconds(5), 1 << 20);
    assertFalse(capture.answered());
    assertFalse(capture.refused());
    assertTrue(capture.failure().contains("not found"), capture.failure());
    assertNull(capture.status());
  }
}
