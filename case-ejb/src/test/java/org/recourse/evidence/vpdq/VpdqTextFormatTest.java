package org.recourse.evidence.vpdq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.pdq.PdqHash;

class VpdqTextFormatTest {

  private static final String REFERENCE_LINES =
      "0,100,e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c,0.000\n"
          + "1,37,c0f11178372c6aaccddea259648fbfd62f434c89c9e99b249772be216c8d055c,0.033\n";

  @Test
  void referenceLinesReadAndWriteBackUnchanged() throws IOException {
    List<VpdqFrame> frames = VpdqTextFormat.read(new StringReader(REFERENCE_LINES));

    assertEquals(2, frames.size());
    assertEquals(1, frames.get(1).frameNumber());
    assertEquals(37, frames.get(1).quality());
    assertEquals(0.033, frames.get(1).timestampSeconds(), 1e-9);
    StringWriter out = new StringWriter();
    VpdqTextFormat.write(frames, out);
    assertEquals(REFERENCE_LINES, out.toString());
  }

  @Test
  void roundTripKeepsEveryField() {
    List<VpdqFrame> frames =
        List.of(
            new VpdqFrame(0, 100, VpdqMatcherTest.randomHashes(1, 1).get(0), 0),
            new VpdqFrame(25, 64, VpdqMatcherTest.randomHashes(1, 2).get(0), 1.25),
            new VpdqFrame(3600, 0, PdqHash.fromHex("0".repeat(64)), 3599.999));

    assertEquals(frames, VpdqTextFormat.parse(VpdqTextFormat.format(frames)));
  }

  @Test
  void blankLinesAreSkipped() {
    assertEquals(2, VpdqTextFormat.parse("\n" + REFERENCE_LINES + "\n\n").size());
  }

  @Test
  void aBadLineIsNamed() {
    String text = REFERENCE_LINES + "2,100,nothex,0.1\n";

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VpdqTextFormat.parse(text));
    assertTrue(e.getMessage().startsWith("Line 3"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> VpdqTextFormat.parse("1,2,3\n"));
  }
}
