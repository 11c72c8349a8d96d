package org.recourse.evidence.capture;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Appends what the browser did to a capture's WARC file as one more {@code metadata} record: the
 * facts of the rendering and every request of the page that the address guard refused, with its
 * reason, so the file itself says what the page asked for and did not get.
 */
final class WarcNotes {

  private WarcNotes() {}

  static void append(
      Path warc, URI page, Instant at, List<String> facts, List<PageRenderer.Refusal> refusals)
      throws IOException {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("rendering", List.copyOf(facts));
    if (!refusals.isEmpty()) {
      fields.put(
          "refused-subresource", refusals.stream().map(r -> r.url() + " | " + r.reason()).toList());
    }
    try (WarcWriter writer =
        new WarcWriter(
            FileChannel.open(warc, StandardOpenOption.WRITE, StandardOpenOption.APPEND))) {
      writer.write(new WarcMetadata.Builder().targetURI(page).date(at).fields(fields).build());
    }
  }
}
