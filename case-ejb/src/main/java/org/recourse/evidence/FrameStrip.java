package org.recourse.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Joins a video's preview frames, each already a (blurred or sharp) thumbnail, side by side into
 * one image on a dark ground, each centred in a cell as tall as the tallest: one picture for the
 * page and the API instead of six requests. The tiles are composed as pictures and the strip is
 * encoded once; reading JPEG tiles back would go through ImageIO's stream cache.
 */
final class FrameStrip {

  /** The gap between frames, in pixels. */
  static final int GAP = 4;

  private FrameStrip() {}

  static BufferedImage join(List<BufferedImage> tiles) {
    int width = 0;
    int height = 1;
    for (BufferedImage tile : tiles) {
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
