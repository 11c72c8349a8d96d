package org.recourse.evidence.capture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.X509ExtendedTrustManager;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.recourse.evidence.capture.HttpCapture.Hop;

/**
 * Fetches a page over HTTP the way a court can check afterwards, writing every exchange into a WARC
 * file (ISO 28500): a {@code warcinfo} record naming the software, the capturing user and the time;
 * for each hop of the redirect chain a {@code request} record, a {@code response} record with the
 * status line, headers and body as received and the resolved IP address, and a {@code metadata}
 * record with the TLS protocol and the server's certificate chain.
 *
 * <p>Redirects are followed here, not by the client, so each hop's host is resolved and checked by
 * the {@link TargetGuard} before it is contacted, and the chain is capped. The client connects
 * through the capture's own {@link CaptureProxy}, as the browser does, so it reaches the address
 * the guard checked and no other, whatever the host's name server answers meanwhile. A body is read
 * only up to the byte cap and only until the time limit (the whole capture shares one limit); what
 * arrived is kept and the record says it was truncated. A certificate that does not validate
 * (expired, self-signed, another name) does not stop the capture: the page is fetched again
 * trusting any certificate, for the record only, and the validation failure is written into the
 * WARC and onto the item. No cookies are sent or kept. Nothing here throws for what the network
 * does; the outcome says what happened.
 */
public final class PageFetcher {

  /** The User-Agent a capture announces itself with. */
  public static final String USER_AGENT = "Recourse-WebCapture/1.0";

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  /** Room above the byte cap for what the proxy relays besides the body (headers, TLS framing). */
  private static final long PROXY_HEADROOM = 1 << 20;

  private final CaptureLimits limits;
  private final TargetGuard guard;
  private final Clock clock;
  private final String software;

  public PageFetcher(CaptureLimits limits, TargetGuard guard, Clock clock, String software) {
    this.limits = limits;
    this.guard = guard;
    this.clock = clock;
    this.software = software;
  }

  /**
   * Fetches {@code start} and every redirect after it into {@code directory}/capture.warc.
   *
   * @param capturedBy the user who asked, written into the WARC
   * @param deadline when the whole capture must end
   */
  public HttpCapture fetch(URI start, String capturedBy, Path directory, Instant deadline)
      throws IOException {
    Path warcPath = directory.resolve("capture.warc");
    Path body = directory.resolve("body.part");
    List<Hop> hops = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Set<URI> seen = new HashSet<>();
    URI target = withoutFragment(start);
    try (CaptureProxy proxy =
            CaptureProxy.start(
                guard, limits.maxBytes() + PROXY_HEADROOM, clock, deadline, refusal -> {});
        WarcWriter warc =
            new WarcWriter(
                FileChannel.open(
                    warcPath,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE))) {
      Warcinfo info = warcinfo(capturedBy);
      warc.write(info);
      Integer status = null;
      String contentType = null;
      boolean truncated = false;
      for (int redirects = 0; ; redirects++) {
        TargetGuard.Verdict verdict = guard.check(target);
        if (!verdict.allowed()) {
          warc.write(note(target, Map.of("refused", List.of(verdict.refusal()))));
          hops.add(new Hop(target.toString(), address(verdict.address()), null, null, null));
          return outcome(
              warcPath,
              status == null ? null : body,
              hops,
              target,
              status,
              contentType,
              verdict.refusal(),
              !verdict.unresolved(),
              truncated,
              notes);
        }
        Exchange exchange;
        try {
          proxy.serve(target.getHost());
          exchange = exchange(target, verdict.address(), body, deadline, warc, proxy);
        } catch (UnreachableException e) {
          warc.write(note(target, Map.of("failure", List.of(e.getMessage()))));
          hops.add(new Hop(target.toString(), address(verdict.address()), null, null, null));
          return outcome(
              warcPath, null, hops, target, null, null, e.getMessage(), false, truncated, notes);
        }
        status = exchange.status();
        contentType = exchange.contentType();
        hops.add(
            new Hop(
                target.toString(),
                address(verdict.address()),
                status,
                exchange.tlsProtocol(),
                exchange.certificateProblem()));
        if (exchange.certificateProblem() != null) {
          notes.add(
              "The site's certificate did not validate (the reason is in the WARC file); the page"
                  + " was recorded all the same");
        }
        truncated = exchange.truncation() != null;
        if (truncated) {
          notes.add(exchange.truncation());
        }
        seen.add(target);
        if (!REDIRECTS.contains(status) || exchange.location() == null) {
          return outcome(
              warcPath, body, hops, target, status, contentType, null, false, truncated, notes);
        }
        URI next;
        try {
          next = withoutFragment(target.resolve(new URI(exchange.location().strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
          notes.add("A redirect pointed to an invalid address; it was not followed");
          return outcome(
              warcPath, body, hops, target, status, contentType, null, false, truncated, notes);
        }
        if (seen.contains(next)) {
          String loop =
              "The redirects run in a loop (back to an address already fetched); stopped after "
                  + (redirects + 1)
                  + " redirects";
          warc.write(note(next, Map.of("failure", List.of(loop))));
          notes.add(loop);
          return outcome(
              warcPath, body, hops, target, status, contentType, null, false, truncated, notes);
        }
        if (redirects >= limits.maxRedirects()) {
          String capped =
              "More than " + limits.maxRedirects() + " redirects; the next one was not followed";
          warc.write(note(next, Map.of("failure", List.of(capped))));
          notes.add(capped);
          return outcome(
              warcPath, body, hops, target, status, contentType, null, false, truncated, notes);
        }
        target = next;
      }
    }
  }

  private static HttpCapture outcome(
      Path warc,
      Path body,
      List<Hop> hops,
      URI last,
      Integer status,
      String contentType,
      String failure,
      boolean refused,
      boolean truncated,
      List<String> notes) {
    return new HttpCapture(
        warc, body, hops, last.toString(), status, contentType, failure, refused, truncated, notes);
  }

  private Warcinfo warcinfo(String capturedBy) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("software", List.of(software));
    fields.put("format", List.of("WARC File Format 1.1"));
    fields.put(
        "conformsTo",
        List.of("http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"));
    fields.put("operator", List.of(capturedBy));
    fields.put("http-header-user-agent", List.of(USER_AGENT));
    fields.put("capture-started", List.of(clock.instant().toString()));
    return new Warcinfo.Builder().date(clock.instant()).fields(fields).build();
  }

  private WarcMetadata note(URI target, Map<String, List<String>> fields) {
    return new WarcMetadata.Builder()
        .targetURI(target)
        .date(clock.instant())
        .fields(fields)
        .build();
  }

  /** One request and its answer, both written to the WARC. */
  private record Exchange(
      int status,
      String contentType,
      String location,
      String tlsProtocol,
      String certificateProblem,
      String truncation) {}

  private Exchange exchange(
      URI target,
      InetAddress address,
      Path body,
      Instant deadline,
      WarcWriter warc,
      CaptureProxy proxy)
      throws IOException, UnreachableException {
    String certificateProblem = null;
    Received received;
    try {
      received = send(target, body, deadline, false, proxy);
    } catch (CertificateRejected e) {
      certificateProblem = e.getMessage();
      try {
        received = send(target, body, deadline, true, proxy);
      } catch (CertificateRejected impossible) {
        throw new UnreachableException("the secure connection failed");
      }
    }
    Instant at = received.at();
    HttpResponse<?> response = received.response();
    byte[] requestBlock = requestBlock(target);
    WarcRequest request =
        new WarcRequest.Builder(target)
            .date(at)
            .body(MediaType.HTTP_REQUEST, requestBlock)
            .ipAddress(address)
            .build();
    warc.write(request);
    byte[] head = responseHead(response);
    long bodySize = Files.size(body);
    WarcResponse.Builder responseRecord;
    try (InputStream block =
        new SequenceInputStream(new ByteArrayInputStream(head), Files.newInputStream(body))) {
      responseRecord =
          new WarcResponse.Builder(target)
              .date(at)
              .body(MediaType.HTTP_RESPONSE, Channels.newChannel(block), head.length + bodySize)
              .ipAddress(address)
              .concurrentTo(request.id());
      if (received.truncation() != null) {
        responseRecord.truncated(
            received.truncatedByLength()
                ? org.netpreserve.jwarc.WarcTruncationReason.LENGTH
                : org.netpreserve.jwarc.WarcTruncationReason.TIME);
      }
      WarcResponse written = responseRecord.build();
      warc.write(written);
      warc.write(
          new WarcMetadata.Builder()
              .targetURI(target)
              .date(at)
              .concurrentTo(written.id())
              .fields(facts(response, address, certificateProblem, at, received.truncation()))
              .build());
    }
    Optional<SSLSession> tls = response.sslSession();
    return new Exchange(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null),
        response.headers().firstValue("Location").orElse(null),
        tls.map(SSLSession::getProtocol).orElse(null),
        certificateProblem,
        received.truncation());
  }

  private Map<String, List<String>> facts(
      HttpResponse<?> response,
      InetAddress address,
      String certificateProblem,
      Instant at,
      String truncation) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("fetch-time", List.of(at.toString()));
    if (address != null) {
      fields.put("resolved-ip", List.of(address.getHostAddress()));
    }
    response
        .sslSession()
        .ifPresent(
            session -> {
              fields.put("tls-protocol", List.of(session.getProtocol()));
              fields.put("tls-cipher-suite", List.of(session.getCipherSuite()));
              try {
                List<String> chain = new ArrayList<>();
                for (Certificate certificate : session.getPeerCertificates()) {
                  if (certificate instanceof X509Certificate x509) {
                    chain.add(
                        x509.getSubjectX500Principal().getName()
                            + " | issuer "
                            + x509.getIssuerX500Principal().getName()
                            + " | valid "
                            + x509.getNotBefore().toInstant()
                            + " to "
                            + x509.getNotAfter().toInstant()
                            + " | "
                            + Base64.getEncoder().encodeToString(x509.getEncoded()));
                  }
                }
                fields.put("tls-certificate", chain);
              } catch (GeneralSecurityException | javax.net.ssl.SSLPeerUnverifiedException e) {
                fields.put("tls-certificate", List.of("unavailable: " + e.getMessage()));
              }
            });
    fields.put(
        "tls-certificate-validation",
        List.of(
            response.uri().getScheme().equalsIgnoreCase("https")
                ? (certificateProblem == null ? "valid" : "FAILED: " + certificateProblem)
                : "not applicable (http)"));
    if (truncation != null) {
      fields.put("truncated", List.of(truncation));
    }
    return fields;
  }

  private static byte[] requestBlock(URI target) {
    String path =
        target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    if (target.getRawQuery() != null) {
      path += "?" + target.getRawQuery();
    }
    String host =
        target.getPort() < 0 ? target.getHost() : target.getHost() + ":" + target.getPort();
    return ("GET "
            + path
            + " HTTP/1.1\r\nHost: "
            + host
            + "\r\nUser-Agent: "
            + USER_AGENT
            + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] responseHead(HttpResponse<?> response) {
    StringBuilder head =
        new StringBuilder("HTTP/1.1 ")
            .append(response.statusCode())
            .append(' ')
            .append(reason(response.statusCode()))
            .append("\r\n");
    response
        .headers()
        .map()
        .forEach(
            (name, values) -> {
              for (String value : values) {
                head.append(name).append(": ").append(value).append("\r\n");
              }
            });
    return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 307 -> "Temporary Redirect";
      case 308 -> "Permanent Redirect";
      case 404 -> "Not Found";
      default -> "";
    };
  }

  /** A response received, its body in the body file. */
  private record Received(
      HttpResponse<?> response, Instant at, String truncation, boolean truncatedByLength) {}

  private Received send(
      URI target, Path body, Instant deadline, boolean trustAny, CaptureProxy proxy)
      throws IOException, UnreachableException, CertificateRejected {
    Duration left = Duration.between(clock.instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      throw new UnreachableException(
          "the capture's time limit was reached before the next address was fetched");
    }
    HttpClient client = client(left, trustAny, proxy);
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(target)
              .GET()
              .timeout(left)
              .header("User-Agent", USER_AGENT)
              .build();
    } catch (IllegalArgumentException e) {
      throw new UnreachableException("the address cannot be requested");
    }
    Instant at = clock.instant();
    HttpResponse<Flow.Publisher<List<ByteBuffer>>> response;
    try {
      response =
          client
              .sendAsync(request, HttpResponse.BodyHandlers.ofPublisher())
              .get(left.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new UnreachableException("no answer from the host within the time limit");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnreachableException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (!trustAny && cause instanceof SSLHandshakeException handshake) {
        throw new CertificateRejected(rootMessage(handshake));
      }
      throw new UnreachableException(describe(target, cause));
    }
    Optional<String> proxyFailure = proxy.failure(response.headers(), response.statusCode());
    if (proxyFailure.isPresent()) {
      response.body().subscribe(new Discard());
      throw new UnreachableException(proxyFailure.get());
    }
    CappedFile sink = new CappedFile(body, limits.maxBytes());
    response.body().subscribe(sink);
    Duration remaining = Duration.between(clock.instant(), deadline);
    String truncation = null;
    boolean byLength = false;
    try {
      sink.done.get(Math.max(1, remaining.toMillis()), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      truncation =
          "The capture's time limit ("
              + limits.timeLimit().toSeconds()
              + " s) was reached while the page was still arriving; the first "
              + sink.count()
              + " bytes were kept";
    } catch (ExecutionException e) {
      truncation =
          "The connection broke off after " + sink.count() + " bytes; what arrived was kept";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      truncation = "Interrupted after " + sink.count() + " bytes";
    } finally {
      sink.close();
    }
    if (sink.capped()) {
      byLength = true;
      truncation =
          "The page is larger than the capture's byte cap of "
              + limits.maxBytes()
              + " bytes; the first "
              + sink.count()
              + " bytes were kept";
    }
    return new Received(response, at, truncation, byLength);
  }

  private HttpClient client(Duration connectTimeout, boolean trustAny, CaptureProxy proxy) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .proxy(ProxySelector.of(proxy.address()))
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1);
    if (trustAny) {
      builder.sslContext(recordingOnlyContext());
    }
    return builder.build();
  }

  /**
   * An SSL context that accepts any certificate: used only after the real check failed, to record
   * what the server shows. The failure itself is what the capture reports.
   */
  private static SSLContext recordingOnlyContext() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(
          null, new X509ExtendedTrustManager[] {new AcceptAnyCertificate()}, new SecureRandom());
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("TLS is required of every Java platform", e);
    }
  }

  private static final class AcceptAnyCertificate extends X509ExtendedTrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, java.net.Socket s) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, java.net.Socket s) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  private static String describe(URI target, Throwable failure) {
    if (failure instanceof HttpConnectTimeoutException) {
      return "could not connect to the host within the time limit";
    }
    if (failure instanceof HttpTimeoutException) {
      return "no answer from the host within the time limit";
    }
    if (failure instanceof ConnectException) {
      return "the host is unreachable (connection refused or no route)";
    }
    if (failure instanceof SSLException) {
      return "the secure connection to the host failed (the handshake did not complete)";
    }
    Optional<String> tunnel = CaptureProxy.tunnelFailure(failure);
    if (tunnel.isPresent()) {
      return tunnel.get();
    }
    if (failure instanceof IOException) {
      return "network error talking to the host";
    }
    return "the fetch failed (" + failure.getClass().getSimpleName() + ")";
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.length() > 300 ? message.substring(0, 300) : message;
  }

  private static String address(InetAddress address) {
    return address == null ? null : address.getHostAddress();
  }

  private static URI withoutFragment(URI uri) {
    if (uri.getRawFragment() == null) {
      return uri;
    }
    String text = uri.toString();
    return URI.create(text.substring(0, text.indexOf('#')));
  }

  /** Reads and drops a body not kept (the proxy's own short answer). */
  private static final class Discard implements Flow.Subscriber<List<ByteBuffer>> {
    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {}

    @Override
    public void onError(Throwable throwable) {}

    @Override
    public void onComplete() {}
  }

  /** A request that produced no response; the message says what the network did. */
  private static final class UnreachableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreachableException(String detail) {
      super(detail, null, false, false);
    }
  }

  /** The server's certificate did not validate; the message is the validator's reason. */
  private static final class CertificateRejected extends Exception {
    private static final long serialVersionUID = 1L;

    CertificateRejected(String detail) {
      super(detail, null, false, false);
    }
  }

  /**
   * Writes a body to a file up to a cap, then cancels the subscription (closing the connection).
   * Completes when the body ends, breaks off or reaches the cap.
   */
  private static final class CappedFile implements Flow.Subscriber<List<ByteBuffer>> {

    private final FileChannel out;
    private final long cap;
    private final CompletableFuture<Long> done = new CompletableFuture<>();
    private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    private long count;
    private boolean capped;

    CappedFile(Path file, long cap) throws IOException {
      this.out =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.WRITE);
      this.cap = cap;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription.set(s);
      s.request(1);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
      if (done.isDone()) {
        return;
      }
      try {
        for (ByteBuffer buffer : buffers) {
          long room = cap - count;
          if (buffer.remaining() > room) {
            buffer.limit(buffer.position() + (int) room);
            capped = true;
          }
          count += buffer.remaining();
          while (buffer.hasRemaining()) {
            out.write(buffer);
          }
          if (capped) {
            break;
          }
        }
      } catch (IOException e) {
        subscription.get().cancel();
        done.completeExceptionally(e);
        return;
      }
      if (capped) {
        subscription.get().cancel();
        done.complete(count);
      } else {
        subscription.get().request(1);
      }
    }

    @Override
    public void onError(Throwable failure) {
      done.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      done.complete(count);
    }

    synchronized long count() {
      return count;
    }

    synchronized boolean capped() {
      return capped;
    }

    /** Stops receiving and closes the file; what was written stays. */
    synchronized void close() throws IOException {
      Flow.Subscription current = subscription.get();
      if (current != null && !done.isDone()) {
        current.cancel();
        done.complete(count);
      }
      out.close();
    }
  }
}
