package org.recourse.evidence.capture;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * One connection of the capture's browser to its {@link CaptureProxy}: reads the request's head,
 * has the guard check the host, then connects to the checked address and either forwards the plain
 * HTTP request (in origin form with its body of declared length only, asking the site to close the
 * connection after its answer; nothing more the browser sends on the connection is read, so no
 * second request can ride on a connection checked for another host) or, for CONNECT, answers 200
 * and relays the TLS bytes both ways. A refused host, or one the page did not ask for, is answered
 * 403 with the reason.
 */
final class ProxyExchange {

  private static final Logger LOG = Logger.getLogger(ProxyExchange.class.getName());

  private final Socket client;
  private final CaptureProxy proxy;

  ProxyExchange(Socket client, CaptureProxy proxy) {
    this.client = client;
    this.proxy = proxy;
  }

  void run() {
    Socket upstream = null;
    try {
      client.setSoTimeout(proxy.readTimeoutMillis());
      InputStream fromClient = new BufferedInputStream(client.getInputStream());
      OutputStream toClient = client.getOutputStream();
      Optional<RequestHead> read = RequestHead.read(fromClient);
      if (read.isEmpty()) {
        answer(
            toClient,
            proxy.token(),
            400,
            "Bad Request",
            "not an HTTP request this proxy understands");
        return;
      }
      RequestHead head = read.get();
      Optional<URI> target = target(head);
      if (target.isEmpty()) {
        answer(toClient, proxy.token(), 400, "Bad Request", "not an address this proxy forwards");
        return;
      }
      URI uri = target.get();
      if (!proxy.serves(uri.getHost())) {
        answer(toClient, proxy.token(), 403, "Forbidden", "not a request of the captured page");
        return;
      }
      TargetGuard.Verdict verdict = proxy.guard().check(uri);
      if (!verdict.allowed()) {
        proxy.refused(shorten(uri.toString()), verdict.refusal());
        answer(toClient, proxy.token(), 403, "Forbidden", verdict.refusal());
        return;
      }
      Optional<Long> body = head.bodyLength();
      if (!head.isConnect() && body.isEmpty()) {
        answer(toClient, proxy.token(), 400, "Bad Request", "a request body without a length");
        return;
      }
      int port = uri.getPort() >= 0 ? uri.getPort() : head.isConnect() ? 443 : 80;
      try {
        upstream = proxy.connect(new InetSocketAddress(verdict.address(), port));
      } catch (SocketTimeoutException e) {
        answer(toClient, proxy.token(), 504, "Gateway Timeout", CaptureProxy.CONNECT_TIMED_OUT);
        return;
      } catch (IOException e) {
        answer(toClient, proxy.token(), 502, "Bad Gateway", CaptureProxy.UNREACHABLE);
        return;
      }
      OutputStream toSite = upstream.getOutputStream();
      if (head.isConnect()) {
        toClient.write(
            "HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        toClient.flush();
        relay(fromClient, upstream, toClient);
      } else {
        toSite.write(forwardedHead(head, uri));
        copy(fromClient, toSite, Math.min(body.get(), proxy.maxBytes()));
        toSite.flush();
        // Only this request's body goes to this site: whatever the browser sends next on the
        // connection is never read, so it cannot reach an address checked for another host.
        copy(upstream.getInputStream(), toClient, proxy.maxBytes());
      }
    } catch (IOException e) {
      LOG.fine(() -> "A connection through the capture's proxy ended: " + e.getMessage());
    } finally {
      if (upstream != null) {
        proxy.release(upstream);
      }
      proxy.release(client);
    }
  }

  /**
   * Relays the browser's further bytes to the site on another thread and the site's answer to the
   * browser on this one, up to the byte cap; returns when the site's side ends.
   */
  private void relay(InputStream fromClient, Socket upstream, OutputStream toClient)
      throws IOException {
    OutputStream toSite = upstream.getOutputStream();
    boolean started =
        proxy.beside(
            () -> {
              try {
                copy(fromClient, toSite, proxy.maxBytes());
                upstream.shutdownOutput();
              } catch (IOException e) {
                proxy.release(upstream);
              }
            });
    if (!started) {
      return;
    }
    copy(upstream.getInputStream(), toClient, proxy.maxBytes());
  }

  /** Copies until the input ends or {@code cap} bytes have passed. */
  private static void copy(InputStream in, OutputStream out, long cap) throws IOException {
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    int n;
    while (total < cap
        && (n = in.read(buffer, 0, (int) Math.min(buffer.length, cap - total))) >= 0) {
      out.write(buffer, 0, n);
      out.flush();
      total += n;
    }
  }

  /**
   * The address asked for: {@code https://host:port/} for CONNECT, the absolute http address of a
   * forwarded request; empty for anything else (origin-form requests, other schemes).
   */
  static Optional<URI> target(RequestHead head) {
    try {
      if (head.isConnect()) {
        URI authority = new URI("https://" + head.target() + "/");
        return authority.getHost() == null || authority.getPort() < 0
            ? Optional.empty()
            : Optional.of(authority);
      }
      URI uri = new URI(head.target());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals("http") && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static byte[] forwardedHead(RequestHead head, URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) {
      path += "?" + uri.getRawQuery();
    }
    StringBuilder text =
        new StringBuilder(head.method())
            .append(' ')
            .append(path)
            .append(' ')
            .append(head.version())
            .append("\r\n");
    for (String header : head.forwardedHeaders()) {
      text.append(header).append("\r\n");
    }
    return text.append("Connection: close\r\n\r\n")
        .toString()
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static void answer(
      OutputStream out, String token, int status, String phrase, String reason) throws IOException {
    byte[] body = (reason + "\n").getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 "
            + status
            + " "
            + phrase
            + "\r\n"
            + CaptureProxy.ANSWER_HEADER
            + ": "
            + token
            + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }

  private static String shorten(String url) {
    return url.length() <= 200 ? url : url.substring(0, 200) + "…";
  }
}
