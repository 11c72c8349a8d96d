package org.recourse.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recourse.testmedia.TestMedia;

class FrameStripTest {

  @Test
  void theTilesArePlacedSideBySideAsTheyAreWithoutBeingReEncoded() {
    BufferedImage wide = TestMedia.scene(3, 40, 20);
    BufferedImage tall = TestMedia.scene(4, 30, 36);

    BufferedImage strip = FrameStrip.join(List.of(wide, tall));

    assertEquals(40 + FrameStrip.GAP + 30, strip.getWidth());
    assertEquals(36, strip.getHeight());
    for (int y = 0; y < 20; y++) {
      for (int x = 0; x < 40; x++) {
        assertEquals(wide.getRGB(x, y) & 0xFFFFFF, strip.getRGB(x, 8 + y) & 0xFFFFFF);
      }
    }
    for (int y = 0; y < 36; y++) {
      for (int x = 0; x < 30; x++) {
        assertEquals(
            tall.getRGB(x, y) & 0xFFFFFF, strip.getRGB(40 + FrameStrip.GAP + x, y) & 0xFFFFFF);
      }
    }
  }
}
