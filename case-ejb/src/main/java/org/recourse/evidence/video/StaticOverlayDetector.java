package org.recourse.evidence.video;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

/**
 * Finds a static overlay burnt into a moving picture: a channel logo, a platform's watermark, a
 * caption or a drawing that a re-upload puts over every frame in the same place while the footage
 * under it moves. Such an overlay is not part of the footage, yet it moves a frame's PDQ hash by as
 * much as its size and contrast say (a large drawing over the middle of the picture can keep every
 * frame of a re-upload from matching its original), so the hasher paints it over from the picture
 * around it ({@link OverlayMask#paintOver}) before hashing.
 *
 * <p>The frame is divided into square cells, {@value #CELLS} along its longer side (a third of one
 * of PDQ's 64 grid cells or less) but at least {@value #MIN_CELL} pixels wide, and each sampled
 * frame's mean luminance per cell is taken; a cell is still when its mean varies by at most {@value
 * #STILL_RANGE} levels over all the samples (averaging over the cell keeps compression noise well
 * below that). Inside the picture area (bars cropped), the overlay is the still cells that have a
 * still neighbour, widened by one cell to take in the overlay's soft edge; a lone still cell is a
 * patch of the footage that happened to look alike, not an overlay. The overlay is only taken as
 * such when
 *
 * <ul>
 *   <li>at least {@value #MIN_SAMPLES} frames were sampled (a second apart, that is five seconds of
 *       footage), so that stillness was seen over time;
 *   <li>the rest of the picture clearly moves: the median range of the other cells is at least
 *       {@value #MIN_MOTION} levels. A tripod shot, a slide show or a fade has no moving background
 *       to tell an overlay from, and is left alone;
 *   <li>it covers at most {@value #MAX_SHARE_PERCENT} % of the picture: what is still over more of
 *       the picture is the footage itself (a static scene with something moving in it), not
 *       something drawn over it.
 * </ul>
 *
 * <p>Otherwise the mask is empty and frames are hashed as they are. The vPDQ reference (Meta
 * ThreatExchange) hashes frames as decoded; this is Recourse's addition, off in the
 * reference-faithful mode.
 */
public final class StaticOverlayDetector {

  static final int CELLS = 180;
  static final int MIN_CELL = 2;
  static final int STILL_RANGE = 12;
  static final int MIN_SAMPLES = 5;
  static final int MIN_MOTION = 32;
  static final int MAX_SHARE_PERCENT = 25;

  /** The overlay of {@code frames}, which must have the same size, inside {@code area}. */
  public OverlayMask detect(List<BufferedImage> frames, CropBox area) {
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("no frames");
    }
    Votes votes = votes(frames.get(0).getWidth(), frames.get(0).getHeight());
    for (BufferedImage frame : frames) {
      votes.add(frame);
    }
    return votes.mask(area);
  }

  /**
   * The same decision taken one frame at a time, for frames of {@code width} by {@code height}, so
   * that the sampled frames need not all be held at once.
   */
  public Votes votes(int width, int height) {
    return new Votes(width, height);
  }

  /** Each cell's lowest and highest mean luminance over the frames seen so far. */
  public static final class Votes {

    private final int width;
    private final int height;
    private final int cell;
    private final int columns;
    private final int rows;
    private final float[] lowest;
    private final float[] highest;
    private int samples;

    private Votes(int width, int height) {
      this.width = width;
      this.height = height;
      this.cell = Math.max(MIN_CELL, Math.max(width, height) / CELLS);
      this.columns = width / cell;
      this.rows = height / cell;
      this.lowest = new float[columns * rows];
      this.highest = new float[columns * rows];
      Arrays.fill(lowest, Float.POSITIVE_INFINITY);
      Arrays.fill(highest, Float.NEGATIVE_INFINITY);
    }

    /** Counts one frame; a frame of another size does not count. */
    public void add(BufferedImage image) {
      if (image.getWidth() != width || image.getHeight() != height) {
        return;
      }
      float[] means =
          OverlayMask.cellMeans(image, cell, columns, rows, CropBox.whole(width, height));
      for (int i = 0; i < means.length; i++) {
        lowest[i] = Math.min(lowest[i], means[i]);
        highest[i] = Math.max(highest[i], means[i]);
      }
      samples++;
    }

    /** The overlay inside {@code area} (the picture within any bars), or an empty mask. */
    public OverlayMask mask(CropBox area) {
      if (samples < MIN_SAMPLES || columns < 3 || rows < 3) {
        return OverlayMask.NONE;
      }
      // Only cells wholly inside the picture: one straddling a bar's edge is partly bar.
      int left = ceilDiv(area.x(), cell);
      int top = ceilDiv(area.y(), cell);
      int right = Math.min(columns, (area.x() + area.width()) / cell);
      int bottom = Math.min(rows, (area.y() + area.height()) / cell);
      if (right - left < 3 || bottom - top < 3) {
        return OverlayMask.NONE;
      }
      boolean[] still = new boolean[columns * rows];
      float[] moving = new float[(right - left) * (bottom - top)];
      int movingCount = 0;
      for (int y = top; y < bottom; y++) {
        for (int x = left; x < right; x++) {
          int i = y * columns + x;
          float range = highest[i] - lowest[i];
          if (range <= STILL_RANGE) {
            still[i] = true;
          } else {
            moving[movingCount++] = range;
          }
        }
      }
      if (movingCount == 0) {
        return OverlayMask.NONE;
      }
      Arrays.sort(moving, 0, movingCount);
      if (moving[movingCount / 2] < MIN_MOTION) {
        return OverlayMask.NONE;
      }
      boolean[] overlay = new boolean[still.length];
      int covered = 0;
      for (int y = top; y < bottom; y++) {
        for (int x = left; x < right; x++) {
          if (still[y * columns + x] && hasStillNeighbour(still, x, y, left, top, right, bottom)) {
            // The cell and its neighbours, which hold the overlay's soft, compressed edge.
            for (int dy = -1; dy <= 1; dy++) {
              for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= left && nx < right && ny >= top && ny < bottom) {
                  int n = ny * columns + nx;
                  if (!overlay[n]) {
                    overlay[n] = true;
                    covered++;
                  }
                }
              }
            }
          }
        }
      }
      int cells = (right - left) * (bottom - top);
      if (covered == 0 || covered * 100 > MAX_SHARE_PERCENT * cells) {
        return OverlayMask.NONE;
      }
      return new OverlayMask(width, height, cell, columns, rows, overlay, covered, area);
    }

    private boolean hasStillNeighbour(
        boolean[] still, int x, int y, int left, int top, int right, int bottom) {
      for (int dy = -1; dy <= 1; dy++) {
        for (int dx = -1; dx <= 1; dx++) {
          int nx = x + dx;
          int ny = y + dy;
          if ((dx != 0 || dy != 0)
              && nx >= left
              && nx < right
              && ny >= top
              && ny < bottom
              && still[ny * columns + nx]) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private static int ceilDiv(int dividend, int divisor) {
    return (dividend + divisor - 1) / divisor;
  }
}
