package org.recourse.evidence.capture;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Renders a page in headless Chromium for what a person saw: a full-page screenshot (PNG), the
 * rendered page as MHTML and the page's visible text, driven over the DevTools protocol. Each
 * capture gets a fresh profile (no cookies, no history) that is deleted afterwards, downloads are
 * refused, and the browser process tree is killed when the capture ends, on time or not.
 *
 * <p>Every request the page makes (the page itself, images, scripts, frames) is paused by the
 * browser and let through only after {@link TargetGuard} has resolved its host and accepted every
 * address; a refused request fails in the browser and is listed as a fact of the capture. WebSocket
 * connections are blocked outright, as they cannot be checked one by one. Beneath that, the browser
 * connects to nothing itself: every connection goes through the capture's {@link CaptureProxy},
 * which connects to the address the guard checked (the browser resolves no host name, so a host
 * cannot answer it differently), and what the proxy refuses is listed like the rest. The page's
 * time is the capture's: what has loaded when the time is up is what is recorded, and that is said.
 */
final class PageRenderer {

  private static final Logger LOG = Logger.getLogger(PageRenderer.class.getName());

  /** The tallest screenshot taken, in CSS pixels; a longer page is cut there and that is said. */
  static final int MAX_SCREENSHOT_HEIGHT = 8000;

  /** The visible text kept of a page, in characters (beyond it the text is cut). */
  static final int MAX_TEXT_CHARS = 16 * 1024 * 1024;

  private static final int WIDTH = 1280;
  private static final int HEIGHT = 900;

  private final CaptureLimits limits;
  private final TargetGuard guard;
  private final Clock clock;

  PageRenderer(CaptureLimits limits, TargetGuard guard, Clock clock) {
    this.limits = limits;
    this.guard = guard;
    this.clock = clock;
  }

  /** What the browser refused, address and reason, in the order asked. */
  record Refusal(String url, String reason) {}

  /**
   * Renders {@code url} into {@code directory}; adds what happened to {@code facts} and the refused
   * requests to {@code refusals}. Never throws: a browser that fails leaves the capture as the HTTP
   * exchange, with the reason in the facts.
   */
  CaptureRunner.Rendered render(
      URI url, Path directory, Instant deadline, List<String> facts, List<Refusal> refusals) {
    Path profile = null;
    Process browser = null;
    CaptureProxy proxy = null;
    List<Refusal> refused = Collections.synchronizedList(new ArrayList<>());
    ExecutorService checks = Executors.newFixedThreadPool(2);
    try {
      // Inside the capture's own directory (under the data directory's capture workspace), so the
      // profile goes with it, and with the sweep at the next start if the server is killed.
      profile = Files.createDirectory(directory.resolve("chromium-profile"));
      proxy = CaptureProxy.start(guard, limits.maxBytes(), clock, deadline, refused::add);
      browser = launch(profile, proxy.port());
      URI endpoint =
          endpoint(browser, Duration.ofSeconds(Math.min(20, left(deadline).toSeconds())));
      return drive(endpoint, url, directory, deadline, facts, proxy, refused, refusals, checks);
    } catch (IOException | RuntimeException e) {
      LOG.warning(() -> "Rendering a capture failed: " + e.getMessage());
      facts.add(
          "The browser could not render the page ("
              + e.getMessage()
              + "): the capture is the HTTP exchange alone");
      return CaptureRunner.Rendered.NONE;
    } finally {
      checks.shutdownNow();
      stop(browser);
      if (proxy != null) {
        proxy.close();
      }
      delete(profile);
    }
  }

  /** Fetch's pattern pausing every request of a session, so the guard decides each. */
  private static JsonObject everyRequest() {
    return Json.createObjectBuilder()
        .add(
            "patterns",
            Json.createArrayBuilder().add(Json.createObjectBuilder().add("urlPattern", "*")))
        .build();
  }

  /**
   * Frames and workers a session starts are attached paused, so the guard is on before they run.
   */
  private static JsonObject autoAttach() {
    return Json.createObjectBuilder()
        .add("autoAttach", true)
        .add("waitForDebuggerOnStart", true)
        .add("flatten", true)
        .build();
  }

  /**
   * Puts the request guard on a frame or worker the page started (an out-of-process frame or a
   * worker has a session of its own, which the page's Fetch does not see), then lets it run. Where
   * the guard cannot be put on, the target is left paused: it never loads, which is safe.
   */
  private static void guardAttached(DevTools devtools, JsonObject params) {
    if (devtools == null || params == null || !params.containsKey("sessionId")) {
      return;
    }
    String child = params.getString("sessionId");
    boolean waiting = params.getBoolean("waitingForDebugger", false);
    devtools
        .send(child, "Fetch.enable", everyRequest())
        .thenCompose(enabled -> devtools.send(child, "Target.setAutoAttach", autoAttach()))
        .whenComplete(
            (attached, failure) -> {
              if (failure == null && waiting) {
                devtools.send(child, "Runtime.runIfWaitingForDebugger", empty());
              } else if (failure != null) {
                LOG.fine(() -> "A frame or worker of a capture was left paused: " + failure);
              }
            });
  }

  /**
   * Starts Chromium with every connection through the capture's proxy on {@code proxyPort}: no
   * bypass, loopback included ({@code <-loopback>} removes Chromium's implicit exception for it);
   * every host name Chromium would resolve itself answers "not found" (only the proxy's address is
   * exempt), so nothing reaches the network but through the proxy; DNS prefetching and QUIC off.
   */
  private Process launch(Path profile, int proxyPort) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                limits.chromium().toString(),
                "--headless=new",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-default-apps",
                "--disable-extensions",
                "--disable-sync",
                "--disable-domain-reliability",
                "--disable-breakpad",
                "--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication,"
                    + "IsolateOrigins,site-per-process",
                // Frames of other sites stay in the page's process, where its request guard sees
                // them; WebRTC may not reach out over UDP past the guard.
                "--disable-site-isolation-trials",
                "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
                "--proxy-server=http://127.0.0.1:" + proxyPort,
                "--proxy-bypass-list=<-loopback>",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--dns-prefetch-disable",
                "--disable-quic",
                "--metrics-recording-only",
                "--mute-audio",
                "--hide-scrollbars",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=" + WIDTH + "," + HEIGHT));
    if ("root".equals(System.getProperty("user.name"))) {
      command.add("--no-sandbox");
    }
    command.add("about:blank");
    return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /**
   * The browser's DevTools address, from the line it prints on start; its stderr is then drained.
   */
  private static URI endpoint(Process browser, Duration timeout) throws IOException {
    CompletableFuture<URI> found = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(browser.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  int at = line.indexOf("ws://");
                  if (!found.isDone() && line.startsWith("DevTools listening on") && at >= 0) {
                    found.complete(URI.create(line.substring(at).strip()));
                  }
                }
                found.completeExceptionally(new IOException("the browser ended without starting"));
              } catch (IOException | IllegalArgumentException e) {
                found.completeExceptionally(e);
              }
            },
            "capture-browser-log");
    reader.setDaemon(true);
    reader.start();
    try {
      return found.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IOException("the browser did not start in time");
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("the browser did not start: " + e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
  }

  private CaptureRunner.Rendered drive(
      URI endpoint,
      URI url,
      Path directory,
      Instant deadline,
      List<String> facts,
      CaptureProxy proxy,
      List<Refusal> refused,
      List<Refusal> refusals,
      ExecutorService checks)
      throws IOException {
    CompletableFuture<Void> loaded = new CompletableFuture<>();
    DevTools[] connection = new DevTools[1];
    String[] session = new String[1];
    Duration step = Duration.ofSeconds(10);
    try (DevTools devtools =
        DevTools.connect(
            endpoint,
            event -> {
              String method = event.getString("method", "");
              JsonObject params = event.getJsonObject("params");
              if (method.equals("Fetch.requestPaused")) {
                checks.execute(
                    () ->
                        decide(
                            connection[0],
                            event.getString("sessionId", null),
                            params,
                            proxy,
                            refused));
              } else if (method.equals("Target.attachedToTarget")) {
                guardAttached(connection[0], params);
              } else if (method.equals("Page.loadEventFired")) {
                loaded.complete(null);
              }
            },
            step)) {
      connection[0] = devtools;
      String version = browserVersion(devtools, step);
      devtools.call(
          null,
          "Browser.setDownloadBehavior",
          Json.createObjectBuilder().add("behavior", "deny").build(),
          step);
      String target =
          devtools
              .call(
                  null,
                  "Target.createTarget",
                  Json.createObjectBuilder().add("url", "about:blank").build(),
                  step)
              .getString("targetId");
      session[0] =
          devtools
              .call(
                  null,
                  "Target.attachToTarget",
                  Json.createObjectBuilder().add("targetId", target).add("flatten", true).build(),
                  step)
              .getString("sessionId");
      String s = session[0];
      devtools.call(s, "Page.enable", empty(), step);
      devtools.call(s, "Network.enable", empty(), step);
      devtools.call(
          s,
          "Network.setBlockedURLs",
          Json.createObjectBuilder()
              .add("urls", Json.createArrayBuilder().add("ws://*").add("wss://*"))
              .build(),
          step);
      devtools.call(
          s,
          "Network.setCacheDisabled",
          Json.createObjectBuilder().add("cacheDisabled", true).build(),
          step);
      devtools.call(
          s,
          "Network.setBypassServiceWorker",
          Json.createObjectBuilder().add("bypass", true).build(),
          step);
      devtools.call(s, "Fetch.enable", everyRequest(), step);
      devtools.call(s, "Target.setAutoAttach", autoAttach(), step);
      JsonObject navigated =
          devtools.call(
              s,
              "Page.navigate",
              Json.createObjectBuilder().add("url", url.toString()).build(),
              left(deadline));
      if (navigated.containsKey("errorText")) {
        facts.add("The browser could not open the page (" + navigated.getString("errorText") + ")");
      }
      Duration reserve = Duration.ofSeconds(5);
      try {
        loaded.get(Math.max(1, left(deadline).minus(reserve).toMillis()), TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        facts.add(
            "The page had not finished loading when the capture's time limit neared; it"
                + " was recorded as far as it had loaded");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted");
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IOException("loading failed");
      }
      Duration last =
          left(deadline).isNegative() ? Duration.ofSeconds(3) : left(deadline).plusSeconds(3);
      String text =
          devtools
              .call(
                  s,
                  "Runtime.evaluate",
                  Json.createObjectBuilder()
                      .add(
                          "expression",
                          "document.body ? document.body.innerText.slice(0, "
                              + MAX_TEXT_CHARS
                              + ") : ''")
                      .add("returnByValue", true)
                      .build(),
                  last)
              .getJsonObject("result")
              .getString("value", "");
      String mhtml =
          devtools
              .call(
                  s,
                  "Page.captureSnapshot",
                  Json.createObjectBuilder().add("format", "mhtml").build(),
                  last)
              .getString("data");
      JsonObject metrics = devtools.call(s, "Page.getLayoutMetrics", empty(), last);
      JsonObject size =
          metrics.containsKey("cssContentSize")
              ? metrics.getJsonObject("cssContentSize")
              : metrics.getJsonObject("contentSize");
      double width = Math.max(1, Math.min(size.getJsonNumber("width").doubleValue(), 4 * WIDTH));
      double height = Math.max(1, size.getJsonNumber("height").doubleValue());
      if (height > MAX_SCREENSHOT_HEIGHT) {
        facts.add(
            "The page is "
                + Math.round(height)
                + " pixels tall; the screenshot shows the"
                + " first "
                + MAX_SCREENSHOT_HEIGHT);
        height = MAX_SCREENSHOT_HEIGHT;
      }
      // The viewport is made as tall as what is shot: a clip beyond the viewport re-renders the
      // whole document, which takes many seconds for a long page.
      devtools.call(
          s,
          "Emulation.setDeviceMetricsOverride",
          Json.createObjectBuilder()
              .add("width", (int) Math.ceil(width))
              .add("height", (int) Math.ceil(height))
              .add("deviceScaleFactor", 1)
              .add("mobile", false)
              .build(),
          last);
      String png =
          devtools
              .call(
                  s,
                  "Page.captureScreenshot",
                  Json.createObjectBuilder()
                      .add("format", "png")
                      .add("optimizeForSpeed", true)
                      .build(),
                  last.plusSeconds(10))
              .getString("data");
      Path screenshot = directory.resolve("screenshot.png");
      Files.write(screenshot, Base64.getDecoder().decode(png));
      Path page = directory.resolve("page.mhtml");
      Files.writeString(page, mhtml, StandardCharsets.UTF_8);
      Path visible = null;
      if (!text.isBlank()) {
        visible = directory.resolve("text.txt");
        Files.writeString(visible, text, StandardCharsets.UTF_8);
      }
      facts.add("Rendered by headless Chromium (" + version + ")");
      synchronized (refused) {
        refusals.addAll(refused);
      }
      if (!refusals.isEmpty()) {
        // Counts only: the refused addresses are listed in the WARC file, not in plain text.
        facts.add(refusals.size() + " request(s) of the page refused (listed in the WARC file)");
      }
      return new CaptureRunner.Rendered(screenshot, page, visible);
    }
  }

  /**
   * Lets a paused request go on, its host now one the proxy serves, or fails it when the guard
   * refuses its address.
   */
  private void decide(
      DevTools devtools,
      String session,
      JsonObject params,
      CaptureProxy proxy,
      List<Refusal> refused) {
    String requestId = params.getString("requestId");
    String address = params.getJsonObject("request").getString("url", "");
    String refusal = refusal(address);
    try {
      if (refusal == null) {
        hostOf(address).ifPresent(proxy::serve);
        devtools.send(
            session,
            "Fetch.continueRequest",
            Json.createObjectBuilder().add("requestId", requestId).build());
      } else {
        refused.add(new Refusal(shorten(address), refusal));
        devtools.send(
            session,
            "Fetch.failRequest",
            Json.createObjectBuilder()
                .add("requestId", requestId)
                .add("errorReason", "AccessDenied")
                .build());
      }
    } catch (RuntimeException e) {
      LOG.fine(() -> "A paused request could not be answered: " + e.getMessage());
    }
  }

  /** Why the page may not fetch this address, or null when it may. */
  private String refusal(String address) {
    String scheme =
        address.contains(":")
            ? address.substring(0, address.indexOf(':')).toLowerCase(Locale.ROOT)
            : "";
    if (scheme.equals("data") || scheme.equals("blob") || scheme.equals("about")) {
      return null;
    }
    try {
      TargetGuard.Verdict verdict = guard.check(new URI(address));
      return verdict.allowed() ? null : verdict.refusal();
    } catch (URISyntaxException e) {
      return "not a valid web address";
    }
  }

  private static Optional<String> hostOf(String address) {
    try {
      return Optional.ofNullable(new URI(address).getHost());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String browserVersion(DevTools devtools, Duration step) {
    try {
      return devtools.call(null, "Browser.getVersion", empty(), step).getString("product", "?");
    } catch (IOException e) {
      return "version unknown";
    }
  }

  private static String shorten(String url) {
    return url.length() <= 200 ? url : url.substring(0, 200) + "…";
  }

  private Duration left(Instant deadline) {
    return Duration.between(clock.instant(), deadline);
  }

  private static JsonObject empty() {
    return Json.createObjectBuilder().build();
  }

  /** Kills the browser and every process it started, and waits for them. */
  private static void stop(Process browser) {
    if (browser == null) {
      return;
    }
    List<ProcessHandle> tree = new ArrayList<>(browser.descendants().toList());
    browser.destroyForcibly();
    tree.forEach(ProcessHandle::destroyForcibly);
    try {
      browser.waitFor(5, TimeUnit.SECONDS);
      for (ProcessHandle child : tree) {
        child.onExit().get(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      LOG.warning(() -> "A browser process of a capture did not end in time");
    }
  }

  private static void delete(Path directory) {
    if (directory == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      LOG.warning(() -> "A capture's browser profile could not be deleted: " + e.getMessage());
    }
  }
}
