package org.recourse.evidence.capture;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The forward proxy the capture's browser must use for every connection it makes, so that the
 * address the guard checked is the address connected to. Chromium resolves host names itself, after
 * any check of the page's requests; through this proxy it resolves none: the proxy resolves the
 * host (once per capture, with the capture's {@link PinnedResolver}), asks the {@link TargetGuard},
 * and connects to the checked address itself. Plain HTTP requests are forwarded; HTTPS is tunnelled
 * (CONNECT), the browser keeping TLS end to end. A refused host is answered 403 with the guard's
 * reason and reported to the capture as a refused request.
 *
 * <p>Only hosts the page asked for are served: the renderer names each host whose request its guard
 * let through ({@link #serve}). The browser's own traffic (update checks, network time, account
 * services) is answered 403 and not listed, as it is not the page's; nothing the capture does is
 * announced to a third party that way.
 *
 * <p>The proxy listens on loopback only, on a port the system picks, and lives only as long as the
 * capture: closing it closes every connection. Each connection's answer is capped at the capture's
 * byte cap, and no read waits past the capture's deadline. Threads come from a bounded pool (two
 * per connection); a connection beyond it is closed, and the browser counts it failed.
 */
final class CaptureProxy implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(CaptureProxy.class.getName());

  /** Threads of one proxy: the listener and two per connection (Chromium opens up to 32). */
  static final int MAX_THREADS = 72;

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private static final SecureRandom TOKENS = new SecureRandom();

  /**
   * The header on the proxy's own answers (refusals, unreachable hosts), carrying this proxy's
   * random token, so that the capture's fetch tells them from a site's answer, which cannot know
   * the token.
   */
  static final String ANSWER_HEADER = "X-Recourse-Capture-Proxy";

  static final String UNREACHABLE = "the host is unreachable (connection refused or no route)";
  static final String CONNECT_TIMED_OUT = "could not connect to the host within the time limit";

  private final TargetGuard guard;
  private final long maxBytes;
  private final Clock clock;
  private final Instant deadline;
  private final Consumer<PageRenderer.Refusal> refused;
  private final ServerSocket listener;
  private final ThreadPoolExecutor threads;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final Set<String> served = ConcurrentHashMap.newKeySet();
  private final String token = newToken();
  private volatile boolean closed;

  private CaptureProxy(
      TargetGuard guard,
      long maxBytes,
      Clock clock,
      Instant deadline,
      Consumer<PageRenderer.Refusal> refused)
      throws IOException {
    this.guard = guard;
    this.maxBytes = maxBytes;
    this.clock = clock;
    this.deadline = deadline;
    this.refused = refused;
    this.listener = new ServerSocket(0, 64, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
    AtomicInteger count = new AtomicInteger();
    this.threads =
        new ThreadPoolExecutor(
            0,
            MAX_THREADS,
            5,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            task -> {
              Thread thread = new Thread(task, "capture-proxy-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Starts a proxy for one capture.
   *
   * @param refused told of every request the guard refused, address and reason
   */
  static CaptureProxy start(
      TargetGuard guard,
      long maxBytes,
      Clock clock,
      Instant deadline,
      Consumer<PageRenderer.Refusal> refused)
      throws IOException {
    CaptureProxy proxy = new CaptureProxy(guard, maxBytes, clock, deadline, refused);
    try {
      proxy.threads.execute(proxy::listen);
    } catch (RejectedExecutionException e) {
      proxy.close();
      throw new IOException("the capture's proxy could not start", e);
    }
    return proxy;
  }

  /** The loopback port the browser is to use. */
  int port() {
    return listener.getLocalPort();
  }

  /** The proxy's address, for the capture's own HTTP client. */
  InetSocketAddress address() {
    return (InetSocketAddress) listener.getLocalSocketAddress();
  }

  String token() {
    return token;
  }

  /** Why the proxy answered itself instead of the site, when the answer is the proxy's. */
  Optional<String> failure(HttpHeaders headers, int status) {
    if (!headers.firstValue(ANSWER_HEADER).map(token::equals).orElse(false)) {
      return Optional.empty();
    }
    return Optional.of(failure(status));
  }

  /**
   * Why a tunnel was not opened, from the JDK client's failure ("Tunnel failed, got: 502"), when it
   * is one.
   */
  static Optional<String> tunnelFailure(Throwable failure) {
    String prefix = "Tunnel failed, got: ";
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message != null && message.startsWith(prefix)) {
        try {
          return Optional.of(failure(Integer.parseInt(message.substring(prefix.length()).strip())));
        } catch (NumberFormatException e) {
          return Optional.of(UNREACHABLE);
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }

  private static String failure(int status) {
    return switch (status) {
      case 504 -> CONNECT_TIMED_OUT;
      case 403 -> "the host was not contacted (refused by the capture's proxy)";
      default -> UNREACHABLE;
    };
  }

  private static String newToken() {
    byte[] bytes = new byte[16];
    TOKENS.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private void listen() {
    while (!closed) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException e) {
        if (!closed) {
          LOG.fine(() -> "The capture's proxy stopped listening: " + e.getMessage());
        }
        return;
      }
      track(client);
      ProxyExchange exchange = new ProxyExchange(client, this);
      if (!beside(exchange::run)) {
        release(client);
      }
    }
  }

  /** Lets the proxy connect to {@code host}, a host the page asked for, if the guard agrees. */
  void serve(String host) {
    served.add(host.toLowerCase(Locale.ROOT));
  }

  /** Whether the page asked for {@code host}. */
  boolean serves(String host) {
    return served.contains(host.toLowerCase(Locale.ROOT));
  }

  TargetGuard guard() {
    return guard;
  }

  long maxBytes() {
    return maxBytes;
  }

  void refused(String url, String reason) {
    refused.accept(new PageRenderer.Refusal(url, reason));
  }

  /** The read timeout of a connection: what is left of the capture, at least a second. */
  int readTimeoutMillis() {
    long left = Duration.between(clock.instant(), deadline).toMillis();
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1000, left));
  }

  /** A connection to a checked address, closed with the proxy at the latest. */
  Socket connect(InetSocketAddress checked) throws IOException {
    Socket upstream = new Socket();
    track(upstream);
    try {
      upstream.connect(checked, (int) Math.min(CONNECT_TIMEOUT.toMillis(), readTimeoutMillis()));
      upstream.setSoTimeout(readTimeoutMillis());
      return upstream;
    } catch (IOException e) {
      release(upstream);
      throw e;
    }
  }

  /** Runs {@code task} on a thread of the pool; false when the pool is full or closed. */
  boolean beside(Runnable task) {
    try {
      threads.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      LOG.fine("A connection of a capture's browser was dropped: the proxy's threads are busy");
      return false;
    }
  }

  private void track(Socket socket) {
    open.add(socket);
    if (closed) {
      release(socket);
    }
  }

  /** Closes a socket of this proxy. */
  void release(Socket socket) {
    open.remove(socket);
    try {
      socket.close();
    } catch (IOException e) {
      LOG.fine(() -> "A socket of the capture's proxy did not close cleanly: " + e.getMessage());
    }
  }

  /** Stops listening and closes every connection. */
  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException e) {
      LOG.fine(() -> "The capture's proxy did not close cleanly: " + e.getMessage());
    }
    open.forEach(this::release);
    threads.shutdownNow();
  }
}
