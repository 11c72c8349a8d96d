package org.recourse.evidence.capture;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.evidence.CaptureFacts;
import org.recourse.evidence.CaptureMethod;
import org.recourse.evidence.EvidenceIntake;
import org.recourse.evidence.EvidenceRejectedException;
import org.recourse.evidence.EvidenceViews.EvidenceView;
import org.recourse.evidence.capture.CaptureViews.CaptureJobView;
import org.recourse.removal.RemovalRequestService;
import org.recourse.shared.ProblemException;

/**
 * Runs a capture after its job committed, on a thread of its own and outside any transaction: the
 * HTTP exchange into a WARC file ({@link PageFetcher}), then, for a web page and where Chromium is
 * installed, the screenshot, the rendered page and its visible text ({@link PageRenderer}); each
 * part is then stored through evidence intake like an upload (encrypted, hashed, its first custody
 * entry saying where it was captured from), and linked to the removal request the capture was
 * started from. A web capture is several evidence items, one per file, because an item is one file
 * with one hash: the screenshot is the item that is hashed (PDQ) and previewed blurred; the WARC is
 * the record of the exchange. Every outcome is recorded on the job: a failure is a fact with its
 * reason, never only a log line. Runs as the user who asked (the caller's identity travels with the
 * asynchronous call), so their right to add to the case is checked again as each part is stored.
 */
@Stateless
@PermitAll
public class CaptureRunner {

  private static final Logger LOG = Logger.getLogger(CaptureRunner.class.getName());

  @EJB private CaptureJobs jobs;
  @EJB private EvidenceIntake intake;
  @EJB private RemovalRequestService removals;
  @Inject private Clock clock;

  /** Queues the capture of a queued job; returns at once. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void runLater(long jobId) {
    run(jobId);
  }

  /** Runs a queued job in the caller's thread; whatever happens, the job ends DONE or FAILED. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(long jobId) {
    Optional<CaptureJobView> begun = jobs.begin(jobId);
    if (begun.isEmpty()) {
      return;
    }
    CaptureJobView job = begun.get();
    Path directory = null;
    try {
      directory = CaptureWorkspace.newDirectory(CaptureWorkspace.CAPTURE_PREFIX);
      capture(job, directory);
    } catch (ProblemException e) {
      failQuietly(jobId, "Not stored: " + e.detail());
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Capture job " + jobId + " failed", e);
      failQuietly(jobId, "The capture failed on the server (" + e.getClass().getSimpleName() + ")");
    } finally {
      CaptureWorkspace.delete(directory);
    }
  }

  /** Ends the job FAILED; a failure to record that is logged, never left to stop the thread. */
  private void failQuietly(long jobId, String message) {
    try {
      jobs.fail(jobId, message);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Capture job " + jobId + " could not be marked failed", e);
    }
  }

  private void capture(CaptureJobView job, Path directory) throws IOException {
    CaptureLimits limits = CaptureLimits.fromSettings();
    Instant started = clock.instant();
    Instant deadline = started.plus(limits.timeLimit());
    // One resolution per host for the whole capture: the fetch, the page's requests and the
    // browser's proxy all check and use the same addresses.
    TargetGuard guard =
        new TargetGuard(limits.allowLoopback(), new PinnedResolver(HostResolver.SYSTEM));
    HttpCapture http =
        new PageFetcher(limits, guard, clock, software())
            .fetch(URI.create(job.url()), job.requestedBy(), directory, deadline);
    if (!http.answered()) {
      jobs.fail(job.id(), http.failure());
      return;
    }
    // The facts are what the job's plaintext message says: counts and kinds, never an address
    // (a page's address often names the person it is about); the addresses go only into the
    // encrypted description and into the WARC file.
    List<String> facts = new ArrayList<>();
    facts.add("HTTP " + http.status());
    http.hops().stream()
        .map(HttpCapture.Hop::tlsProtocol)
        .filter(p -> p != null)
        .reduce((first, second) -> second)
        .ifPresent(p -> facts.add("TLS " + p));
    if (http.hops().size() > 1) {
      facts.add((http.hops().size() - 1) + " redirect(s) recorded");
    }
    if (http.failure() != null) {
      facts.add(http.failure());
    }
    facts.addAll(http.notes());
    Rendered rendered = Rendered.NONE;
    if (http.html() && http.failure() == null && !http.truncated()) {
      jobs.advance(job.id(), CaptureStatus.RENDERING, "Rendering the page");
      List<PageRenderer.Refusal> refusals = new ArrayList<>();
      rendered = render(limits, guard, job, directory, deadline, facts, refusals);
      WarcNotes.append(http.warc(), URI.create(job.url()), clock.instant(), facts, refusals);
    } else if (http.html() && http.truncated()) {
      facts.add(
          "The page arrived incomplete, so it was not rendered: the capture is the HTTP exchange"
              + " alone");
    } else if (!http.html()) {
      facts.add("Not a web page (" + http.contentType() + "): stored as received, not rendered");
    }
    jobs.advance(job.id(), CaptureStatus.STORING, "Storing the capture");
    CaptureFacts captureFacts =
        new CaptureFacts(
            job.url(),
            started,
            job.requestedBy(),
            CaptureMethod.WEB_CAPTURE,
            describe(job, http, facts));
    String origin =
        "Captured by web capture " + job.id() + " (the address is kept encrypted with the capture)";
    String base = "capture-" + job.id();
    String warcId = store(job, base + ".warc", http.warc(), captureFacts, origin);
    String screenshotId =
        rendered.screenshot() == null
            ? null
            : store(job, base + "-screenshot.png", rendered.screenshot(), captureFacts, origin);
    String pageId =
        rendered.page() == null
            ? null
            : store(job, base + ".mhtml", rendered.page(), captureFacts, origin);
    String textId =
        rendered.text() == null
            ? null
            : store(job, base + "-text.txt", rendered.text(), captureFacts, origin);
    String payloadId = null;
    if (!http.html() && http.payload() != null && Files.size(http.payload()) > 0) {
      payloadId =
          storeIfAccepted(
              job,
              base + "-" + lastSegment(http.finalUrl()),
              http.payload(),
              captureFacts,
              origin,
              facts);
    }
    if (job.removalRequestId() != null) {
      link(job.removalRequestId(), warcId, screenshotId, pageId, textId, payloadId);
    }
    jobs.done(job.id(), String.join("; ", facts), warcId, screenshotId, pageId, textId, payloadId);
  }

  /** The browser's part of a capture; none where Chromium is missing or failed (said in facts). */
  private Rendered render(
      CaptureLimits limits,
      TargetGuard guard,
      CaptureJobView job,
      Path directory,
      Instant deadline,
      List<String> facts,
      List<PageRenderer.Refusal> refusals) {
    if (!Files.isExecutable(limits.chromium())) {
      facts.add("Chromium is not installed here: the capture is the HTTP exchange alone");
      return Rendered.NONE;
    }
    return new PageRenderer(limits, guard, clock)
        .render(URI.create(job.url()), directory, deadline, facts, refusals);
  }

  /** What the browser made: files in the capture's directory, each null if not made. */
  record Rendered(Path screenshot, Path page, Path text) {
    static final Rendered NONE = new Rendered(null, null, null);
  }

  private String store(
      CaptureJobView job, String name, Path file, CaptureFacts facts, String origin)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      EvidenceView stored = intake.receiveFetched(job.caseId(), name, in, facts, origin);
      return stored.id();
    }
  }

  private String storeIfAccepted(
      CaptureJobView job,
      String name,
      Path file,
      CaptureFacts facts,
      String origin,
      List<String> notes)
      throws IOException {
    try {
      return store(job, name, file, facts, origin);
    } catch (EvidenceRejectedException e) {
      notes.add(
          "The response body was not kept as an item of its own ("
              + e.detail()
              + "); it is in the WARC file");
      return null;
    }
  }

  private void link(long removalId, String... ids) {
    List<String> linked = new ArrayList<>(removals.get(removalId).request().evidenceIds());
    for (String id : ids) {
      if (id != null && !linked.contains(id)) {
        linked.add(id);
      }
    }
    removals.linkEvidence(removalId, linked);
  }

  /** The item's description, encrypted like its source address: the addresses may appear here. */
  private static String describe(CaptureJobView job, HttpCapture http, List<String> facts) {
    String resolved =
        http.hops().stream()
            .map(HttpCapture.Hop::address)
            .filter(a -> a != null)
            .reduce((first, second) -> second)
            .map(a -> " (resolved to " + a + ")")
            .orElse("");
    String text =
        (job.note() == null ? "" : job.note() + "\n\n")
            + "Web capture of "
            + http.finalUrl()
            + resolved
            + ": "
            + String.join("; ", facts);
    return text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
  }

  private static String lastSegment(String url) {
    String path = URI.create(url).getPath();
    if (path == null || path.isEmpty() || path.endsWith("/")) {
      return "content";
    }
    return path.substring(path.lastIndexOf('/') + 1);
  }

  static String software() {
    String version = CaptureRunner.class.getPackage().getImplementationVersion();
    return "Recourse web capture "
        + (version == null ? "(development build)" : version)
        + " (jwarc, Java "
        + Runtime.version().feature()
        + ")";
  }
}
