package org.recourse.removal.check;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;

/**
 * Checks whether content is served at an address, for the re-upload checker: 2xx is {@link
 * UrlState#UP}; 404, 410 and 451 are {@link UrlState#DOWN}; every other status and every network
 * failure is {@link UrlState#UNREACHABLE}, which says nothing either way. Up to three redirects are
 * followed. The status decides: once it has arrived, a body that stalls or breaks off does not
 * change the answer.
 *
 * <p>The addresses come from people outside the organisation, so the checker guards against being
 * used to reach the server's own network (server-side request forgery): before every request,
 * including each redirect, the host is resolved and the request is refused if any of its addresses
 * is loopback, unspecified, link-local, private (RFC 1918, IPv6 unique-local), carrier-grade NAT,
 * multicast, broadcast, reserved, for documentation (RFC 5737, RFC 3849, RFC 9637), for
 * benchmarking (RFC 2544, RFC 5180) or otherwise special-purpose (the IANA registries of RFC 6890:
 * 192.0.0.0/24, 2001::/23, 100::/64, 64:ff9b:1::/48), also when written as an IPv4-mapped,
 * IPv4-compatible, IPv4-translated, NAT64 or 6to4 IPv6 address; and if it is an address of one of
 * the server's own network interfaces, whatever its range (a public address of the host itself
 * reaches services bound to it). The client then connects by name; the JVM's address cache (30
 * seconds unless {@code networkaddress.cache.ttl} says otherwise) makes it use the addresses just
 * checked, which keeps a DNS answer from changing in between. Production should still block private
 * ranges at the network edge as well.
 *
 * <p>The check sends no cookies and keeps none, identifies itself by its User-Agent, and reads at
 * most {@code maxBodyBytes} of a body, counting and dropping them (see {@link CappedDiscard}). It
 * never throws for a network problem, and no result carries anything of a body.
 */
public final class UrlChecker {

  private static final Logger LOG = Logger.getLogger(UrlChecker.class.getName());

  static final String USER_AGENT = "Recourse-ReuploadCheck/1.0";
  static final int MAX_REDIRECTS = 3;

  private static final Set<Integer> GONE = Set.of(404, 410, 451);
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBodyBytes;
  private final Function<InetAddress, Optional<String>> guard;
  private final Clock clock;

  /**
   * @param timeout for connecting, and for each request from sending it to the end of its body
   * @param maxBodyBytes how much of a body is received before the connection is closed
   * @param allowPrivateTargets tests set this to reach a local server; production keeps false
   */
  public UrlChecker(Duration timeout, long maxBodyBytes, boolean allowPrivateTargets, Clock clock) {
    this(
        timeout,
        maxBodyBytes,
        allowPrivateTargets ? address -> Optional.empty() : UrlChecker::refusedReason,
        clock);
  }

  /** With a guard of the caller's choosing: the reason an address is refused, or empty. */
  UrlChecker(
      Duration timeout,
      long maxBodyBytes,
      Function<InetAddress, Optional<String>> guard,
      Clock clock) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("The timeout must be positive");
    }
    if (maxBodyBytes < 0) {
      throw new IllegalArgumentException("maxBodyBytes must not be negative");
    }
    this.timeout = timeout;
    this.maxBodyBytes = maxBodyBytes;
    this.guard = Objects.requireNonNull(guard, "guard");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /** Checks one address; never throws for what the network or the address's server does. */
  public CheckResult check(String url) {
    URI target;
    try {
      target = withoutFragment(new URI(Objects.requireNonNull(url, "url")));
    } catch (URISyntaxException e) {
      return result(UrlState.REFUSED, null, "not a valid web address");
    }
    for (int redirects = 0; ; redirects++) {
      Optional<CheckResult> stop = refuseOrFailBeforeRequest(target);
      if (stop.isPresent()) {
        return stop.get();
      }
      Answer answer;
      try {
        answer = fetch(target);
      } catch (UnreachableException e) {
        return result(UrlState.UNREACHABLE, null, e.getMessage());
      }
      int status = answer.status();
      String described = "HTTP " + status + afterRedirects(redirects);
      if (status >= 200 && status < 300) {
        return result(UrlState.UP, status, described);
      }
      if (GONE.contains(status)) {
        return result(UrlState.DOWN, status, described);
      }
      if (!REDIRECTS.contains(status)) {
        return result(UrlState.UNREACHABLE, status, described);
      }
      if (answer.location().isEmpty()) {
        return result(UrlState.UNREACHABLE, status, described + ", redirect without a location");
      }
      if (redirects == MAX_REDIRECTS) {
        return result(UrlState.UNREACHABLE, status, "more than " + MAX_REDIRECTS + " redirects");
      }
      try {
        target = withoutFragment(target.resolve(new URI(answer.location().get())));
      } catch (URISyntaxException | IllegalArgumentException e) {
        return result(UrlState.UNREACHABLE, status, described + ", redirect to an invalid address");
      }
    }
  }

  /**
   * Why the checker may not contact an address, or empty if it may: special-purpose addresses (see
   * the class comment) in any of their IPv4 and IPv6 forms, and the addresses of this server's own
   * network interfaces, read afresh each time (interfaces come and go).
   */
  static Optional<String> refusedReason(InetAddress address) {
    return refusedReason(address, ownAddresses());
  }

  /** As {@link #refusedReason(InetAddress)}, with the server's own addresses given. */
  static Optional<String> refusedReason(InetAddress address, List<byte[]> own) {
    Optional<String> special = specialKind(address);
    if (special.isPresent()) {
      return special;
    }
    byte[] bytes = address.getAddress();
    for (byte[] mine : own) {
      if (Arrays.equals(mine, bytes)) {
        return Optional.of(address.getHostAddress() + " is an address of this server");
      }
    }
    return Optional.empty();
  }

  /**
   * The addresses of every network interface of this server, up or down. If they cannot be read,
   * none: the special-purpose ranges are still refused, and the network edge should block the rest.
   */
  static List<byte[]> ownAddresses() {
    List<byte[]> own = new ArrayList<>();
    try {
      Enumeration<NetworkInterface> interfaces = NetworkInterface.getNetworkInterfaces();
      while (interfaces != null && interfaces.hasMoreElements()) {
        Enumeration<InetAddress> addresses = interfaces.nextElement().getInetAddresses();
        while (addresses.hasMoreElements()) {
          own.add(addresses.nextElement().getAddress());
        }
      }
    } catch (SocketException e) {
      LOG.warning(() -> "The server's own addresses could not be read: " + e.getMessage());
    }
    return own;
  }

  private static Optional<String> specialKind(InetAddress address) {
    byte[] bytes = address.getAddress();
    String shown = address.getHostAddress();
    if (bytes.length == 4) {
      return ipv4Kind(bytes).map(kind -> shown + " is " + kind);
    }
    Optional<String> kind = ipv6Kind(bytes);
    if (kind.isPresent()) {
      return kind.map(k -> shown + " is " + k);
    }
    return embeddedIpv4(bytes)
        .flatMap(UrlChecker::ipv4Kind)
        .map(k -> shown + " embeds an IPv4 address that is " + k);
  }

  private Optional<CheckResult> refuseOrFailBeforeRequest(URI target) {
    String scheme = target.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      return Optional.of(
          result(UrlState.REFUSED, null, "only http and https addresses are checked"));
    }
    if (target.getRawUserInfo() != null) {
      return Optional.of(
          result(UrlState.REFUSED, null, "addresses with a user name are not checked"));
    }
    String host = target.getHost();
    if (host == null) {
      return Optional.of(result(UrlState.REFUSED, null, "the address has no usable host name"));
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return Optional.of(result(UrlState.UNREACHABLE, null, "host " + host + " not found"));
    }
    return Arrays.stream(addresses)
        .map(guard)
        .flatMap(Optional::stream)
        .findFirst()
        .map(reason -> result(UrlState.REFUSED, null, host + " not contacted: " + reason));
  }

  private record Answer(int status, Optional<String> location) {

    static Answer of(ResponseInfo info) {
      return new Answer(info.statusCode(), info.headers().firstValue("Location"));
    }
  }

  /** A request that produced no status; the message is the detail of the result. */
  private static final class UnreachableException extends Exception {

    private static final long serialVersionUID = 1L;

    UnreachableException(String detail) {
      super(detail, null, false, false);
    }
  }

  private Answer fetch(URI target) throws UnreachableException {
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(target)
              .GET()
              .timeout(timeout)
              .header("User-Agent", USER_AGENT)
              .build();
    } catch (IllegalArgumentException e) {
      throw new UnreachableException("the address cannot be requested");
    }
    CappedDiscard body = new CappedDiscard(maxBodyBytes);
    CompletableFuture<HttpResponse<Long>> exchange = client.sendAsync(request, body::attach);
    try {
      HttpResponse<Long> response = exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      return new Answer(response.statusCode(), response.headers().firstValue("Location"));
    } catch (TimeoutException e) {
      return statusOrElse(body, exchange, "no answer within " + timeout.toMillis() + " ms");
    } catch (ExecutionException e) {
      return statusOrElse(body, exchange, describe(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      body.cancel();
      exchange.cancel(true);
      throw new UnreachableException("interrupted");
    }
  }

  /** After a failure: the status if it had arrived, else unreachable with the detail. */
  private static Answer statusOrElse(
      CappedDiscard body, CompletableFuture<?> exchange, String detail)
      throws UnreachableException {
    body.cancel();
    exchange.cancel(true);
    ResponseInfo info = body.responseInfo();
    if (info == null) {
      throw new UnreachableException(detail);
    }
    return Answer.of(info);
  }

  private String describe(Throwable failure) {
    if (failure instanceof HttpConnectTimeoutException) {
      return "could not connect within " + timeout.toMillis() + " ms";
    }
    if (failure instanceof HttpTimeoutException) {
      return "no answer within " + timeout.toMillis() + " ms";
    }
    if (failure instanceof ConnectException) {
      return "could not connect";
    }
    if (failure instanceof SSLException) {
      return "secure connection failed";
    }
    if (failure instanceof IOException) {
      return "network error";
    }
    return "check failed (" + failure.getClass().getSimpleName() + ")";
  }

  private CheckResult result(UrlState state, Integer status, String detail) {
    return new CheckResult(state, status, clock.instant(), detail);
  }

  private static String afterRedirects(int redirects) {
    return switch (redirects) {
      case 0 -> "";
      case 1 -> " after 1 redirect";
      default -> " after " + redirects + " redirects";
    };
  }

  private static URI withoutFragment(URI uri) throws URISyntaxException {
    if (uri.getRawFragment() == null) {
      return uri;
    }
    String text = uri.toString();
    return new URI(text.substring(0, text.indexOf('#')));
  }

  private static Optional<String> ipv4Kind(byte[] b) {
    int first = b[0] & 0xFF;
    int second = b[1] & 0xFF;
    if (first == 0) {
      return Optional.of("in 0.0.0.0/8 (this network)");
    }
    if (first == 127) {
      return Optional.of("a loopback address");
    }
    if (first == 10 || (first == 172 && (second & 0xF0) == 16) || (first == 192 && second == 168)) {
      return Optional.of("a private network address");
    }
    if (first == 169 && second == 254) {
      return Optional.of("a link-local address");
    }
    if (first == 100 && (second & 0xC0) == 64) {
      return Optional.of("a carrier-grade NAT address (100.64.0.0/10)");
    }
    if (first >= 224 && first <= 239) {
      return Optional.of("a multicast address");
    }
    if (first >= 240) {
      return Optional.of("a reserved or broadcast address");
    }
    int third = b[2] & 0xFF;
    if (first == 192 && second == 0 && third == 0) {
      return Optional.of("an IETF protocol assignment (192.0.0.0/24)");
    }
    if ((first == 192 && second == 0 && third == 2)
        || (first == 198 && second == 51 && third == 100)
        || (first == 203 && second == 0 && third == 113)) {
      return Optional.of("a documentation address (RFC 5737)");
    }
    if (first == 198 && (second & 0xFE) == 18) {
      return Optional.of("a benchmarking address (198.18.0.0/15)");
    }
    if (first == 192 && second == 88 && third == 99) {
      return Optional.of("a 6to4 relay anycast address (192.88.99.0/24)");
    }
    return Optional.empty();
  }

  private static Optional<String> ipv6Kind(byte[] b) {
    if (isZero(b, 0, 16)) {
      return Optional.of("the unspecified address");
    }
    if (isZero(b, 0, 15) && b[15] == 1) {
      return Optional.of("a loopback address");
    }
    int first = b[0] & 0xFF;
    int second = b[1] & 0xFF;
    if ((first & 0xFE) == 0xFC) {
      return Optional.of("a unique-local address (fc00::/7)");
    }
    if (first == 0xFF) {
      return Optional.of("a multicast address");
    }
    if (first == 0xFE && (second & 0xC0) == 0x80) {
      return Optional.of("a link-local address");
    }
    if (first == 0xFE && (second & 0xC0) == 0xC0) {
      return Optional.of("a site-local address");
    }
    int third = b[2] & 0xFF;
    int fourth = b[3] & 0xFF;
    if (first == 0x20 && second == 0x01 && third == 0x0D && fourth == 0xB8) {
      return Optional.of("a documentation address (2001:db8::/32)");
    }
    if (first == 0x3F && second == 0xFF && (third & 0xF0) == 0) {
      return Optional.of("a documentation address (3fff::/20)");
    }
    if (first == 0x20 && second == 0x01 && (third & 0xFE) == 0) {
      return Optional.of(
          "an IETF protocol assignment (2001::/23: Teredo, benchmarking, ORCHID and others)");
    }
    if (first == 0x01 && second == 0 && isZero(b, 2, 8)) {
      return Optional.of("a discard-only address (100::/64)");
    }
    if (first == 0 && second == 0x64 && third == 0xFF && fourth == 0x9B && b[4] == 0 && b[5] == 1) {
      return Optional.of("a local-use NAT64 address (64:ff9b:1::/48)");
    }
    return Optional.empty();
  }

  /**
   * The IPv4 address inside an IPv4-mapped, IPv4-compatible, IPv4-translated (::ffff:0:0:0/96),
   * NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address.
   */
  private static Optional<byte[]> embeddedIpv4(byte[] b) {
    if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
      return Optional.of(Arrays.copyOfRange(b, 2, 6));
    }
    boolean translated =
        isZero(b, 0, 8) && (b[8] & 0xFF) == 0xFF && (b[9] & 0xFF) == 0xFF && isZero(b, 10, 12);
    if (translated) {
      return Optional.of(Arrays.copyOfRange(b, 12, 16));
    }
    boolean mapped = isZero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
    boolean compatible = isZero(b, 0, 12);
    boolean nat64 =
        b[0] == 0
            && (b[1] & 0xFF) == 0x64
            && (b[2] & 0xFF) == 0xFF
            && (b[3] & 0xFF) == 0x9B
            && isZero(b, 4, 12);
    if (mapped || compatible || nat64) {
      return Optional.of(Arrays.copyOfRange(b, 12, 16));
    }
    return Optional.empty();
  }

  private static boolean isZero(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** The client, for tests that check how it is configured. */
  HttpClient client() {
    return client;
  }
}
