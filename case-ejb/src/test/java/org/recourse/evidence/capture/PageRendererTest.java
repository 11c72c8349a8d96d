package org.recourse.evidence.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser half of a capture against a local site, with Debian's Chromium (installed on every
 * machine of this project, as the browser tests need it): screenshot, MHTML and text of a page with
 * an image and a script, and a page whose request for a private address is refused and listed.
 */
class PageRendererTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

  private static TestSite site;

  @TempDir Path directory;

  @BeforeAll
  static void start() throws Exception {
    site = TestSite.http();
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  private static CaptureRunner.Rendered render(
      String path, Path dir, List<String> facts, List<PageRenderer.Refusal> refusals) {
    return render(URI.create(site.url(path)), new TargetGuard(true), dir, facts, refusals);
  }

  private static CaptureRunner.Rendered render(
      URI url,
      TargetGuard guard,
      Path dir,
      List<String> facts,
      List<PageRenderer.Refusal> refusals) {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM), "Chromium not installed: renderer tests skipped");
    CaptureLimits limits = new CaptureLimits(Duration.ofSeconds(30), 1 << 24, 5, CHROMIUM, true);
    Clock clock = Clock.systemUTC();
    return new PageRenderer(limits, guard, clock)
        .render(url, dir, clock.instant().plus(limits.timeLimit()), facts, refusals);
  }

  @Test
  void aPageIsRenderedIntoScreenshotPageAndText() throws Exception {
    List<String> facts = new ArrayList<>();
    List<PageRenderer.Refusal> refusals = new ArrayList<>();
    CaptureRunner.Rendered rendered = render("/page", directory, facts, refusals);
    assertNotNull(rendered.screenshot(), facts.toString());
    byte[] png = Files.readAllBytes(rendered.screenshot());
    assertTrue(Arrays.equals(PNG_SIGNATURE, Arrays.copyOf(png, 4)));
    String mhtml = Files.readString(rendered.page(), StandardCharsets.UTF_8);
    String decoded = mhtml.replace("=\r\n", "").replace("=\n", "");
    assertTrue(mhtml.startsWith("From:") || mhtml.contains("multipart/related"));
    assertTrue(decoded.contains("Synthetic test page"), "the page's HTML is inside the MHTML");
    assertTrue(mhtml.contains("image/png"), "the image is inside the MHTML");
    String text = Files.readString(rendered.text(), StandardCharsets.UTF_8);
    assertTrue(text.contains("Synthetic test page"), text);
    assertTrue(!text.contains("<h1>"));
    assertTrue(refusals.isEmpty(), refusals.toString());
    assertTrue(facts.stream().anyMatch(f -> f.contains("Chromium")), facts.toString());
  }

  @Test
  void aRequestOfThePageForAPrivateAddressIsRefusedAndListed() throws Exception {
    List<String> facts = new ArrayList<>();
    List<PageRenderer.Refusal> refusals = new ArrayList<>();
    CaptureRunner.Rendered rendered = render("/private", directory, facts, refusals);
    assertNotNull(rendered.screenshot(), facts.toString());
    assertEquals(1, refusals.size(), refusals.toString());
    assertTrue(refusals.get(0).url().startsWith("http://10.0.0.1/"));
    assertTrue(refusals.get(0).reason().contains("private network"), refusals.toString());
    assertTrue(facts.stream().anyMatch(f -> f.contains("refused")), facts.toString());
    assertTrue(facts.stream().noneMatch(f -> f.contains("10.0.0.1")), facts.toString());
  }

  @Test
  void aFrameOfAnotherSiteMeetsTheGuardToo() throws Exception {
    List<String> facts = new ArrayList<>();
    List<PageRenderer.Refusal> refusals = new ArrayList<>();
    CaptureRunner.Rendered rendered = render("/framed", directory, facts, refusals);
    assertNotNull(rendered.screenshot(), facts.toString());
    assertTrue(
        refusals.stream().anyMatch(r -> r.url().startsWith("http://10.0.0.1/")),
        refusals.toString());
  }

  @Test
  void theBrowserReachesTheSiteOnlyThroughTheProxyAtTheAddressChecked() throws Exception {
    // A made-up name that only the capture's resolver knows: the browser cannot look it up (its
    // own resolver answers "not found" for every name), so the page renders only if each
    // connection went through the proxy. The name answers a private address from its second
    // lookup on, so one lookup more than the first would show as a refused request.
    StubResolver dns = new StubResolver("rebind.test", "127.0.0.1", "10.0.0.1");
    TargetGuard guard = new TargetGuard(true, new PinnedResolver(dns));
    URI page = URI.create("http://rebind.test:" + URI.create(site.url("/")).getPort() + "/page");
    List<String> facts = new ArrayList<>();
    List<PageRenderer.Refusal> refusals = new ArrayList<>();
    CaptureRunner.Rendered rendered = render(page, guard, directory, facts, refusals);
    assertNotNull(rendered.text(), facts.toString());
    String text = Files.readString(rendered.text(), StandardCharsets.UTF_8);
    assertTrue(text.contains("Synthetic test page"), text);
    String mhtml = Files.readString(rendered.page(), StandardCharsets.UTF_8);
    assertTrue(mhtml.contains("image/png"), "the image came through the proxy too");
    assertTrue(refusals.isEmpty(), refusals.toString());
    assertEquals(1, dns.asked());
  }

  @Test
  void aRedirectToAnotherSiteMeetsTheGuardAndIsFollowedThroughTheProxy() throws Exception {
    List<String> facts = new ArrayList<>();
    List<PageRenderer.Refusal> refusals = new ArrayList<>();
    CaptureRunner.Rendered rendered = render("/elsewhere", directory, facts, refusals);
    assertNotNull(rendered.text(), facts.toString());
    String text = Files.readString(rendered.text(), StandardCharsets.UTF_8);
    assertTrue(text.contains("Synthetic test page"), text);
    assertTrue(refusals.isEmpty(), refusals.toString());
  }
}
