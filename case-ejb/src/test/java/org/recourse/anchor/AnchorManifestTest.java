package org.recourse.anchor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.CustodyLedger;

/** The manifest an anchor's token covers: one head a line, read back exactly as written. */
class AnchorManifestTest {

  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);

  @Test
  void aManifestListsTheAccessHeadAndEveryCustodyHeadAndReadsBack() {
    Instant created = Instant.parse("2026-12-06T12:00:00Z");
    List<CustodyLedger.Head> custody =
        List.of(new CustodyLedger.Head("item-1", 3, A), new CustodyLedger.Head("item-2", 1, B));

    byte[] manifest = AnchorManifest.write(created, 42, B, custody);

    assertEquals(
        "recourse-log-anchor:v1\ncreated 2026-12-06T12:00:00Z\naccess-log 42 "
            + B
            + "\ncustody item-1 3 "
            + A
            + "\ncustody item-2 1 "
            + B
            + "\n",
        new String(manifest, StandardCharsets.UTF_8));
    AnchorManifest.Heads heads = AnchorManifest.read(manifest);
    assertEquals(created, heads.created());
    assertEquals(42, heads.accessCount());
    assertEquals(B, heads.accessHash());
    assertEquals(custody, heads.custody());
  }

  @Test
  void somethingElseIsNotReadAsAManifest() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AnchorManifest.read("hello\n".getBytes(StandardCharsets.UTF_8)));
  }
}
