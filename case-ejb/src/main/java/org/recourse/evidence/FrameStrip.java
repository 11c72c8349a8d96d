package org.recourse.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Joins a video's preview frames, each already a (blurred or sharp) JPEG thumbnail, side by side
 * into one image on a dark ground, each centred in a cell as tall as the tallest: one picture for
 * the page and the API instead of six requests.
 */
final class FrameStrip {

  /** The gap between frames, in pixels. */
  static final int GAP = 4;

  private FrameStrip() {}

  static BufferedImage join(List<byte[]> jpegTiles) throws IOException {
    List<BufferedImage> tiles = new ArrayList<>();
    int width = 0;
    int height = 1;
    for (byte[] jpeg : jpegTiles) {
      BufferedImage tile = ImageIO.read(new ByteArrayInputStream(jpeg));
      if (tile == null) {
        throw new IOException("A preview frame could not be read back");
      }
      tiles.add(tile);
      width += tile.getWidth();
      height = Math.max(height, tile.getHeight());
    }
    width += GAP * Math.max(0, tiles.size() - 1);
    BufferedImage strip = new BufferedImage(Math.max(1, width), height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = strip.createGraphics();
    try {
      g.setColor(new Color(0x20, 0x20, 0x20));
      g.fillRect(0, 0, strip.getWidth(), height);
      int x = 0;
      for (BufferedImage tile : tiles) {
        g.drawImage(tile, x, (height - tile.getHeight()) / 2, null);
        x += tile.getWidth() + GAP;
      }
    } finally {
      g.dispose();
    }
    return strip;
  }
}
