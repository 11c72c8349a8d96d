package org.recourse.removal.check;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
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
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javax.net.ssl.SSLException;
import org.recourse.shared.net.AddressGuard;

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
 * is one {@link AddressGuard} refuses (special-purpose ranges and the server's own addresses). The
 * client then connects by name; the JVM's address cache (30 seconds unless {@code
 * networkaddress.cache.ttl} says otherwise) makes it use the addresses just checked, which keeps a
 * DNS answer from changing in between. Production should still block private ranges at the network
 * edge as well.
 *
 * <p>The check sends no cookies and keeps none, identifies itself by its User-Agent, and reads at
 * most {@code maxBodyBytes} of a body, counting and dropping them (see {@link CappedDiscard}). It
 * never throws for a network problem, and no result carries anything of a body.
 */
public final class UrlChecker {

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
        allowPrivateTargets ? address -> Optional.empty() : AddressGuard::refusedReason,
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

  /** The client, for tests that check how it is configured. */
  HttpClient client() {
    return client;
  }
}
