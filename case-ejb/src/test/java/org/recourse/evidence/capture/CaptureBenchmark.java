package org.recourse.evidence.capture;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to capture a 2 MB page with 30 images from a local site, as a capture job does before it
 * stores anything: the HTTP exchange into a WARC file, then a fresh headless Chromium for the
 * full-page screenshot, the MHTML and the text (browser start and shutdown included). The issue
 * asks for at most 10 s. Each measurement is one whole capture (single shot). Run it with the
 * command in docs/BENCHMARKS.md; Chromium is expected at /usr/bin/chromium.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
public class CaptureBenchmark {

  private TestSite site;
  private CaptureLimits limits;
  private Path directory;

  @Setup(Level.Trial)
  public void start() throws IOException {
    site = TestSite.http();
    limits =
        new CaptureLimits(Duration.ofSeconds(30), 50L << 20, 5, Path.of("/usr/bin/chromium"), true);
  }

  @Setup(Level.Invocation)
  public void freshDirectory() throws IOException {
    directory = Files.createTempDirectory("capture-bench-");
  }

  @TearDown(Level.Invocation)
  public void deleteDirectory() throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    site.close();
  }

  @Benchmark
  public CaptureRunner.Rendered captureTwoMegabytePageWithThirtyImages() throws IOException {
    Clock clock = Clock.systemUTC();
    Instant deadline = clock.instant().plus(limits.timeLimit());
    TargetGuard guard = new TargetGuard(true);
    URI page = URI.create(site.url("/big"));
    HttpCapture http =
        new PageFetcher(limits, guard, clock, "benchmark")
            .fetch(page, "bench", directory, deadline);
    if (http.status() == null || Files.size(http.payload()) < 2_000_000) {
      throw new IllegalStateException("the page did not arrive whole: " + http);
    }
    List<String> facts = new ArrayList<>();
    CaptureRunner.Rendered rendered =
        new PageRenderer(limits, guard, clock)
            .render(page, directory, deadline, facts, new ArrayList<>());
    if (rendered.screenshot() == null) {
      throw new IllegalStateException("no screenshot: " + facts);
    }
    return rendered;
  }
}
