package org.recourse.evidence.capture;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Placeholder replaced by the Chromium renderer. */
final class PageRenderer {

  PageRenderer(CaptureLimits limits, TargetGuard guard, Clock clock) {}

  CaptureRunner.Rendered render(URI url, Path directory, Instant deadline, List<String> facts) {
    facts.add("Rendering is not available in this build: the capture is the HTTP exchange alone");
    return CaptureRunner.Rendered.NONE;
  }
}
