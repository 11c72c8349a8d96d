package org.recourse.evidence.capture;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A local website for capture tests, on loopback only: a page with images and a script, a redirect
 * chain and a loop, a slow page, a huge page, a page that asks for a private address, and a
 * non-HTML file. Over HTTPS it shows a self-signed certificate made by keytool for the test.
 */
public final class TestSite implements AutoCloseable {

  /** A 1x1 PNG. */
  static final byte[] PIXEL =
      java.util.Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  private final HttpServer server;

  private TestSite(HttpServer server) {
    this.server = server;
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  /** A plain HTTP site on a free loopback port. */
  public static TestSite http() throws IOException {
    return new TestSite(
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
  }

  /** An HTTPS site with a freshly generated self-signed certificate. */
  public static TestSite https() throws Exception {
    Path dir = Files.createTempDirectory("capture-tls-");
    Path store = dir.resolve("site.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "site",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=localhost",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit",
                "-keypass",
                "changeit")
            .redirectErrorStream(true)
            .start();
    keytool.getInputStream().readAllBytes();
    if (keytool.waitFor() != 0) {
      throw new IllegalStateException("keytool failed");
    }
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory factory =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    factory.init(keys, "changeit".toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(factory.getKeyManagers(), null, null);
    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    Files.delete(store);
    Files.delete(dir);
    return new TestSite(server);
  }

  /** The address of a path on this site. */
  public String url(String path) {
    String scheme = server instanceof HttpsServer ? "https" : "http";
    return scheme + "://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    try (exchange) {
      switch (path) {
        case "/page" -> page(exchange, PAGE);
        case "/big" -> big(exchange, 2 * 1024 * 1024, 30);
        case "/private" -> page(exchange, PRIVATE_PAGE);
        case "/framed" ->
            // Another site (localhost, where the page is 127.0.0.1) in a frame, asking for a
            // private address: the frame's requests must meet the guard like the page's own.
            page(
                exchange,
                "<!doctype html><html><body><p>A frame of another site.</p>"
                    + "<iframe src=\"http://localhost:"
                    + exchange.getLocalAddress().getPort()
                    + "/private\" width=\"300\" height=\"200\"></iframe></body></html>");
        case "/elsewhere" ->
            // A redirect to another site (localhost, where the page is 127.0.0.1).
            redirect(
                exchange, "http://localhost:" + exchange.getLocalAddress().getPort() + "/page");
        case "/hop1" -> redirect(exchange, "/hop2");
        case "/hop2" -> redirect(exchange, "/hop3");
        case "/hop3" -> redirect(exchange, "/page");
        case "/loop" -> redirect(exchange, "/loop2");
        case "/loop2" -> redirect(exchange, "/loop");
        case "/to-private" -> redirect(exchange, "http://10.0.0.1/secret");
        case "/slow" -> slow(exchange);
        case "/huge" -> huge(exchange);
        case "/pixel.png" -> send(exchange, 200, "image/png", PIXEL);
        case "/app.js" ->
            send(
                exchange,
                200,
                "text/javascript",
                "document.title='Rendered';".getBytes(StandardCharsets.UTF_8));
        default -> {
          if (path.startsWith("/img/")) {
            send(exchange, 200, "image/png", PIXEL);
          } else {
            send(exchange, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
          }
        }
      }
    }
  }

  static final String PAGE =
      "<!doctype html><html><head><title>Test page</title><script src=\"/app.js\"></script></head>"
          + "<body><h1>Synthetic test page</h1><p>Nothing real here.</p>"
          + "<img src=\"/pixel.png\" width=\"100\" height=\"100\"></body></html>";

  static final String PRIVATE_PAGE =
      "<!doctype html><html><body><p>Asks for a private address.</p>"
          + "<img src=\"http://10.0.0.1/tracker.png\"><img src=\"/pixel.png\"></body></html>";

  private static void page(HttpExchange exchange, String html) throws IOException {
    send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  /** A page of about {@code bytes} with {@code images} distinct images. */
  private static void big(HttpExchange exchange, int bytes, int images) throws IOException {
    StringBuilder html = new StringBuilder("<!doctype html><html><body><h1>Big page</h1>");
    for (int i = 0; i < images; i++) {
      html.append("<img src=\"/img/").append(i).append(".png\" width=\"20\" height=\"20\">");
    }
    String line =
        "<p>"
            + "Synthetic filler text for a large page, sentence after sentence. ".repeat(30)
            + "</p>\n";
    while (html.length() < bytes) {
      html.append(line);
    }
    page(exchange, html.append("</body></html>").toString());
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().add("Location", location);
    exchange.sendResponseHeaders(302, -1);
  }

  private static void slow(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/html");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    try {
      // Until the client hangs up (a safety stop after five minutes frees the thread if none does).
      long stop = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
      while (System.nanoTime() < stop) {
        out.write("<p>slowly</p>\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        Thread.sleep(500);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException closedByClient) {
      // The capture stopped reading at its time limit, as the test expects.
    }
  }

  private static void huge(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/html");
    exchange.sendResponseHeaders(200, 0);
    byte[] chunk = "<p>endless</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
    try {
      OutputStream out = exchange.getResponseBody();
      for (int i = 0; i < 100_000; i++) {
        out.write(chunk);
      }
    } catch (IOException closedByClient) {
      // The capture stopped reading at its byte cap, as the test expects.
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
