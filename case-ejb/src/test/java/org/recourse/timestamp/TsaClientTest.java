package org.recourse.timestamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against a TSA over HTTP on the loopback: a checked round trip, a TSA that cannot be
 * reached, and the token checked by OpenSSL as an outsider would.
 */
class TsaClientTest {

  private static final DevelopmentTsa TSA = DevelopmentTsa.generate("Loopback TSA", Instant.now());
  private static HttpServer server;
  private static URI url;

  @BeforeAll
  static void startTsa() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/tsa",
        exchange -> {
          byte[] reply = TSA.reply(exchange.getRequestBody().readAllBytes(), Instant.now());
          exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
          exchange.sendResponseHeaders(200, reply.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply);
          }
        });
    server.createContext(
        "/huge",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            byte[] chunk = new byte[8192];
            for (int i = 0; i < 64; i++) {
              out.write(chunk);
            }
          } catch (IOException e) {
            // the client stops reading past its limit
          }
        });
    server.start();
    url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/tsa");
  }

  @AfterAll
  static void stopTsa() {
    server.stop(0);
  }

  @Test
  void aRoundTripReturnsACheckedTokenWithin200Milliseconds() throws Exception {
    TsaClient client = new TsaClient(url, Optional.empty(), Optional.empty(), trusted(), List.of());
    client.stamp(TimestampTokensTest.sha256("warm-up"));

    long started = System.nanoTime();
    Stamp stamp = client.stamp(TimestampTokensTest.sha256("evidence"));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    assertEquals("Loopback TSA", stamp.tsaName());
    assertTrue(millis < 200, "round trip took " + millis + " ms");
    System.out.println("TSA round trip on the loopback: " + millis + " ms");
  }

  @Test
  void anUnreachableTsaIsReportedAsSuch() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    TsaClient client =
        new TsaClient(
            URI.create("http://127.0.0.1:" + closed + "/tsa"),
            Optional.empty(),
            Optional.empty(),
            trusted(),
            List.of());

    assertThrows(
        TsaUnreachableException.class, () -> client.stamp(TimestampTokensTest.sha256("x")));
  }

  @Test
  void openSslVerifiesTheTokenAgainstTheRootAndTheFile(@TempDir Path dir) throws Exception {
    Path openssl = Path.of("/usr/bin/openssl");
    if (!Files.isExecutable(openssl)) {
      System.out.println("openssl is not installed: the OpenSSL check of the token was not run");
      return;
    }
    byte[] data = "the evidence file".getBytes(StandardCharsets.UTF_8);
    TsaClient client = new TsaClient(url, Optional.empty(), Optional.empty(), trusted(), List.of());
    Stamp stamp = client.stamp(TimestampTokensTest.sha256("the evidence file"));
    Files.write(dir.resolve("file.bin"), data);
    Files.write(dir.resolve("file.tsr"), stamp.reply());
    Files.writeString(dir.resolve("tsa-root.pem"), Pem.of(List.of(TSA.root())));

    assertEquals(0, openssl(dir, "-data", "file.bin"), "openssl accepts the file");
    Files.write(dir.resolve("other.bin"), "another file".getBytes(StandardCharsets.UTF_8));
    assertTrue(openssl(dir, "-data", "other.bin") != 0, "openssl refuses another file");
    assertEquals(
        0,
        openssl(
            dir,
            "-digest",
            HexFormat.of().formatHex(TimestampTokensTest.sha256("the evidence file"))));
  }

  private static int openssl(Path dir, String what, String value) throws Exception {
    Process process =
        new ProcessBuilder(
                "openssl",
                "ts",
                "-verify",
                "-in",
                "file.tsr",
                what,
                value,
                "-CAfile",
                "tsa-root.pem")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    System.out.println("openssl ts -verify " + what + ": " + output.strip());
    return exit;
  }

  private static List<java.security.cert.X509Certificate> trusted() {
    return List.of(TSA.root());
  }

  @Test
  void onlyAnAbsoluteHttpAddressWithAHostIsATsaAddress() {
    assertTrue(TimestampAuthority.address("https://tsa.example.org/tsr").isPresent());
    assertTrue(TimestampAuthority.address(" http://127.0.0.1:8080/recourse/dev-tsa ").isPresent());
    assertTrue(TimestampAuthority.address("http://tsa example/").isEmpty());
    assertTrue(TimestampAuthority.address("ftp://tsa.example.org/").isEmpty());
    assertTrue(TimestampAuthority.address("tsa.example.org").isEmpty());
    assertTrue(TimestampAuthority.address("https:///no-host").isEmpty());
    assertTrue(TimestampAuthority.address("").isEmpty());
  }

  @Test
  void aReplyOverTheLimitFailsTheAttempt() {
    TsaClient client =
        new TsaClient(
            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/huge"),
            Optional.empty(),
            Optional.empty(),
            trusted(),
            List.of());
    TsaUnreachableException e =
        assertThrows(
            TsaUnreachableException.class,
            () -> client.stamp(TimestampTokensTest.sha256("evidence")));
    assertTrue(e.getMessage().contains("over " + TsaClient.MAX_REPLY_BYTES), e.getMessage());
  }
}
