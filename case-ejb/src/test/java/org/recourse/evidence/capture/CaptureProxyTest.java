package org.recourse.evidence.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The browser's proxy against a local site, with a resolver stub standing in for a hostile name
 * server: the address checked is the address connected to, however the name answers later, and a
 * private address is refused with 403 for plain requests and tunnels alike.
 */
class CaptureProxyTest {

  private static TestSite site;
  private static TestSite secure;

  private final List<PageRenderer.Refusal> refusals =
      Collections.synchronizedList(new ArrayList<>());
  private CaptureProxy proxy;

  @BeforeAll
  static void startSites() throws Exception {
    site = TestSite.http();
    secure = TestSite.https();
  }

  @AfterAll
  static void stopSites() {
    site.close();
    secure.close();
  }

  @AfterEach
  void stopProxy() {
    if (proxy != null) {
      proxy.close();
    }
  }

  private void startProxy(boolean allowLoopback, HostResolver dns, long maxBytes)
      throws IOException {
    Clock clock = Clock.systemUTC();
    TargetGuard guard = new TargetGuard(allowLoopback, new PinnedResolver(dns));
    proxy =
        CaptureProxy.start(
            guard, maxBytes, clock, clock.instant().plus(Duration.ofSeconds(20)), refusals::add);
    // The hosts the page would have asked for, as the renderer names them.
    for (String host : List.of("evil.test", "127.0.0.1", "10.1.2.3")) {
      proxy.serve(host);
    }
  }

  private static int port(TestSite of) {
    return URI.create(of.url("/")).getPort();
  }

  /** Sends a request head to the proxy and reads until the proxy closes the connection. */
  private String ask(String head) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
      socket.setSoTimeout(15_000);
      socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aHostIsResolvedOnceAndEveryConnectionGoesToTheAddressChecked() throws Exception {
    // The name answers loopback (where the test site is, allowed in tests) first, then a private
    // address: had the proxy asked again, the second request would be refused or go elsewhere.
    StubResolver dns = new StubResolver("evil.test", "127.0.0.1", "10.0.0.1");
    startProxy(true, dns, 1 << 20);
    String address = "http://evil.test:" + port(site) + "/page";
    for (int i = 0; i < 2; i++) {
      String answer =
          ask(
              "GET "
                  + address
                  + " HTTP/1.1\r\nHost: evil.test\r\nProxy-Connection: keep-alive\r\n\r\n");
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
      assertTrue(answer.contains("Synthetic test page"), answer);
    }
    assertEquals(1, dns.asked());
    assertTrue(refusals.isEmpty(), refusals.toString());
  }

  @Test
  void aSecondRequestOnTheConnectionNeverReachesTheFirstSiteEvenIfItKeepsTheConnectionOpen()
      throws Exception {
    List<String> received = Collections.synchronizedList(new ArrayList<>());
    try (ServerSocket keepAlive = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread siteThread =
          new Thread(
              () -> {
                try (Socket connection = keepAlive.accept()) {
                  BufferedReader in =
                      new BufferedReader(
                          new InputStreamReader(
                              connection.getInputStream(), StandardCharsets.ISO_8859_1));
                  String line;
                  while ((line = in.readLine()) != null) {
                    if (line.startsWith("GET ")) {
                      received.add(line);
                    }
                    if (line.isEmpty()) {
                      connection
                          .getOutputStream()
                          .write(
                              ("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n"
                                      + "Connection: keep-alive\r\n\r\nok")
                                  .getBytes(StandardCharsets.ISO_8859_1));
                      connection.getOutputStream().flush();
                    }
                  }
                } catch (IOException e) {
                  // the proxy closed the connection
                }
              });
      siteThread.setDaemon(true);
      siteThread.start();
      StubResolver dns = new StubResolver("evil.test", "127.0.0.1");
      startProxy(true, dns, 1 << 20);
      proxy.serve("other.test");
      int port = keepAlive.getLocalPort();
      try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
        socket.setSoTimeout(5_000);
        socket
            .getOutputStream()
            .write(
                ("GET http://evil.test:"
                        + port
                        + "/one HTTP/1.1\r\nHost: evil.test\r\n\r\n"
                        + "GET http://other.test:"
                        + port
                        + "/two HTTP/1.1\r\nHost: other.test\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        byte[] first = new byte[256];
        int n = socket.getInputStream().read(first);
        assertTrue(new String(first, 0, n, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 200"));
      }
      Thread.sleep(500);
      assertEquals(List.of("GET /one HTTP/1.1"), received);
    }
  }

  @Test
  void aHostAnsweringAPrivateAddressIsRefusedWith403AndTheRefusalIsRecorded() throws Exception {
    StubResolver dns = new StubResolver("evil.test", "10.0.0.1");
    startProxy(true, dns, 1 << 20);
    String answer = ask("GET http://evil.test/secret HTTP/1.1\r\nHost: evil.test\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
    assertTrue(answer.contains("private network"), answer);
    assertEquals(1, refusals.size(), refusals.toString());
    assertEquals("http://evil.test/secret", refusals.get(0).url());
    assertTrue(refusals.get(0).reason().contains("10.0.0.1"), refusals.toString());
  }

  @Test
  void outsideTestsAHostRebindingToLoopbackIsRefused() throws Exception {
    StubResolver dns = new StubResolver("evil.test", "127.0.0.1");
    startProxy(false, dns, 1 << 20);
    String answer =
        ask("GET http://evil.test:" + port(site) + "/page HTTP/1.1\r\nHost: evil.test\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
    assertTrue(answer.contains("loopback"), answer);
    assertTrue(!answer.contains("Synthetic test page"), answer);
  }

  @Test
  void aTunnelToAPrivateAddressIsRefusedWith403() throws Exception {
    StubResolver dns = new StubResolver("evil.test", "192.168.1.20");
    startProxy(true, dns, 1 << 20);
    String byName = ask("CONNECT evil.test:443 HTTP/1.1\r\nHost: evil.test:443\r\n\r\n");
    assertTrue(byName.startsWith("HTTP/1.1 403"), byName);
    assertTrue(byName.contains("private network"), byName);
    String byAddress = ask("CONNECT 10.1.2.3:443 HTTP/1.1\r\nHost: 10.1.2.3:443\r\n\r\n");
    assertTrue(byAddress.startsWith("HTTP/1.1 403"), byAddress);
    assertEquals(2, refusals.size(), refusals.toString());
    assertEquals("https://evil.test:443/", refusals.get(0).url());
  }

  @Test
  void aTunnelCarriesTlsEndToEndToTheAddressChecked() throws Exception {
    StubResolver dns = new StubResolver("evil.test", "127.0.0.1", "10.0.0.1");
    startProxy(true, dns, 1 << 20);
    int port = port(secure);
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("CONNECT evil.test:" + port + " HTTP/1.1\r\nHost: evil.test:" + port + "\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      String established = readHead(socket.getInputStream());
      assertTrue(established.startsWith("HTTP/1.1 200"), established);
      try (SSLSocket tls =
          (SSLSocket)
              trustingAnyCertificate()
                  .getSocketFactory()
                  .createSocket(socket, "evil.test", port, true)) {
        tls.startHandshake();
        tls.getOutputStream()
            .write(
                "GET /page HTTP/1.1\r\nHost: evil.test\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
        String answer = new String(tls.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(answer.contains("Synthetic test page"), answer);
      }
    }
    assertEquals(1, dns.asked());
  }

  @Test
  void anAnswerIsCutAtTheByteCap() throws Exception {
    startProxy(true, HostResolver.SYSTEM, 100_000);
    String answer = ask("GET " + site.url("/huge") + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 200"), answer.substring(0, 100));
    assertTrue(answer.length() <= 100_000, "read " + answer.length());
  }

  @Test
  void aRequestThatIsNotForAWebAddressIsNotForwarded() throws Exception {
    startProxy(true, HostResolver.SYSTEM, 1 << 20);
    String originForm = ask("GET /page HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    assertTrue(originForm.startsWith("HTTP/1.1 400"), originForm);
    String ftp = ask("GET ftp://127.0.0.1/file HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    assertTrue(ftp.startsWith("HTTP/1.1 400"), ftp);
  }

  @Test
  void aHostThePageDidNotAskForIsRefusedAndNotListedAsThePages() throws Exception {
    startProxy(true, HostResolver.SYSTEM, 1 << 20);
    String answer =
        ask("GET http://localhost:" + port(site) + "/page HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
    assertTrue(answer.contains("not a request of the captured page"), answer);
    String tunnel = ask("CONNECT update.example:443 HTTP/1.1\r\nHost: update.example:443\r\n\r\n");
    assertTrue(tunnel.startsWith("HTTP/1.1 403"), tunnel);
    assertTrue(refusals.isEmpty(), refusals.toString());
  }

  @Test
  void closingTheProxyStopsItListening() throws Exception {
    startProxy(true, HostResolver.SYSTEM, 1 << 20);
    int port = proxy.port();
    proxy.close();
    proxy = null;
    assertTrue(nothingListensOn(port), "the proxy's port is closed once the capture has ended");
  }

  private static boolean nothingListensOn(int port) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      // The port came from the ephemeral range, so Linux may give the probe that same port as its
      // own and connect it to itself (a TCP self-connect): that is not a listener.
      return socket.getLocalPort() == port;
    } catch (IOException expected) {
      return true;
    }
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.append((char) b);
    }
    return head.toString();
  }

  private static SSLContext trustingAnyCertificate() throws Exception {
    TrustManager any =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {any}, new SecureRandom());
    return context;
  }
}
