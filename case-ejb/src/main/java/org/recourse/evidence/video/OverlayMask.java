package org.recourse.evidence.video;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a static overlay lies in a video's frames ({@link StaticOverlayDetector}), as cells of a
 * grid over the frame, and how to paint it over.
 *
 * <p>Painting over fills the overlay from the picture around it, in each frame anew: the frame's
 * mean luminance is taken in every cell of the picture outside the overlay, the overlay's cells are
 * filled from those by pull-push interpolation (cells known at one level are averaged into a grid
 * half as fine until every cell of the coarser grid is known, then each unknown cell takes the
 * bilinear interpolation of the coarser grid, back to the finest), and each pixel under the overlay
 * becomes the grey of the bilinear interpolation of the filled grid at its place. The fill is at
 * the scale of PDQ's own 64 by 64 grid or finer, and smooth, so it adds nothing that the hash sees
 * as structure: the frame hashes about as the footage without the overlay would. Painting is done
 * in place on a decoded frame that only the hasher reads.
 */
public final class OverlayMask {

  /** No overlay: painting over leaves frames as they are. */
  public static final OverlayMask NONE = new OverlayMask(0, 0, 1, 0, 0, new boolean[0], 0, null);

  private final int width;
  private final int height;
  private final int cell;
  private final int columns;
  private final int rows;
  private final boolean[] overlay;
  private final int covered;
  private final CropBox area;

  OverlayMask(
      int width,
      int height,
      int cell,
      int columns,
      int rows,
      boolean[] overlay,
      int covered,
      CropBox area) {
    this.width = width;
    this.height = height;
    this.cell = cell;
    this.columns = columns;
    this.rows = rows;
    this.overlay = overlay;
    this.covered = covered;
    this.area = area;
  }

  public boolean isEmpty() {
    return covered == 0;
  }

  /** The share of the picture (inside any bars) the overlay covers, 0 to 1. */
  public double share() {
    if (isEmpty()) {
      return 0;
    }
    double cells = (double) (area.width() / cell) * (area.height() / cell);
    return Math.min(1, covered / cells);
  }

  /** Whether the pixel at ({@code x}, {@code y}) of a frame lies under the overlay. */
  public boolean covers(int x, int y) {
    if (isEmpty() || x < 0 || y < 0 || x >= columns * cell || y >= rows * cell) {
      return false;
    }
    return overlay[(y / cell) * columns + x / cell];
  }

  /**
   * Paints the overlay over in {@code frame}, a whole decoded frame of the size the mask was found
   * in; a frame of another size (a stream that changes size mid-way) is left as it is.
   */
  public void paintOver(BufferedImage frame) {
    if (isEmpty() || frame.getWidth() != width || frame.getHeight() != height) {
      return;
    }
    float[] values = cellMeans(frame, cell, columns, rows, area);
    boolean[] known = new boolean[values.length];
    for (int i = 0; i < values.length; i++) {
      known[i] = !overlay[i] && !Float.isNaN(values[i]);
    }
    fill(values, known, columns, rows);
    Luminance pixels = new Luminance(frame);
    for (int cy = 0; cy < rows; cy++) {
      for (int cx = 0; cx < columns; cx++) {
        if (!overlay[cy * columns + cx]) {
          continue;
        }
        for (int y = cy * cell; y < (cy + 1) * cell; y++) {
          float gy = (y + 0.5f) / cell - 0.5f;
          for (int x = cx * cell; x < (cx + 1) * cell; x++) {
            float gx = (x + 0.5f) / cell - 0.5f;
            float value = bilinear(values, columns, rows, gx, gy);
            pixels.setGrey(x, y, Math.round(Math.max(0, Math.min(255, value))));
          }
        }
      }
    }
  }

  /**
   * The mean luminance of the pixels of {@code area} in each cell of a {@code columns} by {@code
   * rows} grid of {@code cell}-pixel squares from the frame's top left; {@code NaN} for cells with
   * none (outside the area).
   */
  static float[] cellMeans(BufferedImage frame, int cell, int columns, int rows, CropBox area) {
    int[] sums = new int[columns * rows];
    int[] counts = new int[columns * rows];
    int from = area.x();
    int to = Math.min(area.x() + area.width(), columns * cell);
    int bottom = Math.min(area.y() + area.height(), rows * cell);
    Luminance luminance = new Luminance(frame);
    int[] row = new int[Math.max(0, to - from)];
    for (int y = area.y(); y < bottom && to > from; y++) {
      luminance.row(y, from, to - from, row);
      int base = (y / cell) * columns;
      for (int x = from; x < to; x++) {
        int i = base + x / cell;
        sums[i] += row[x - from];
        counts[i]++;
      }
    }
    float[] means = new float[sums.length];
    for (int i = 0; i < means.length; i++) {
      means[i] = counts[i] == 0 ? Float.NaN : (float) sums[i] / counts[i];
    }
    return means;
  }

  /**
   * Fills the unknown {@code values} of a {@code columns} by {@code rows} grid from the known ones
   * by pull-push interpolation; with nothing known, everything becomes mid-grey.
   */
  static void fill(float[] values, boolean[] known, int columns, int rows) {
    List<float[]> levelValues = new ArrayList<>();
    List<boolean[]> levelKnown = new ArrayList<>();
    List<int[]> sizes = new ArrayList<>();
    levelValues.add(values);
    levelKnown.add(known);
    sizes.add(new int[] {columns, rows});
    // Pull: average the known cells into ever coarser grids until one is wholly known.
    while (!allTrue(levelKnown.get(levelKnown.size() - 1))) {
      int[] size = sizes.get(sizes.size() - 1);
      if (size[0] == 1 && size[1] == 1) {
        levelValues.get(levelValues.size() - 1)[0] = 128;
        levelKnown.get(levelKnown.size() - 1)[0] = true;
        break;
      }
      float[] fine = levelValues.get(levelValues.size() - 1);
      boolean[] fineKnown = levelKnown.get(levelKnown.size() - 1);
      int coarseColumns = (size[0] + 1) / 2;
      int coarseRows = (size[1] + 1) / 2;
      float[] sum = new float[coarseColumns * coarseRows];
      int[] count = new int[coarseColumns * coarseRows];
      for (int y = 0; y < size[1]; y++) {
        for (int x = 0; x < size[0]; x++) {
          int i = y * size[0] + x;
          if (fineKnown[i]) {
            int j = (y / 2) * coarseColumns + x / 2;
            sum[j] += fine[i];
            count[j]++;
          }
        }
      }
      boolean[] coarseKnown = new boolean[sum.length];
      for (int j = 0; j < sum.length; j++) {
        if (count[j] > 0) {
          sum[j] /= count[j];
          coarseKnown[j] = true;
        }
      }
      levelValues.add(sum);
      levelKnown.add(coarseKnown);
      sizes.add(new int[] {coarseColumns, coarseRows});
    }
    // Push: each unknown cell takes the coarser grid's value at its centre.
    for (int level = levelValues.size() - 2; level >= 0; level--) {
      float[] fine = levelValues.get(level);
      boolean[] fineKnown = levelKnown.get(level);
      int[] size = sizes.get(level);
      float[] coarse = levelValues.get(level + 1);
      int[] coarseSize = sizes.get(level + 1);
      for (int y = 0; y < size[1]; y++) {
        for (int x = 0; x < size[0]; x++) {
          int i = y * size[0] + x;
          if (!fineKnown[i]) {
            fine[i] =
                bilinear(
                    coarse,
                    coarseSize[0],
                    coarseSize[1],
                    (x + 0.5f) / 2 - 0.5f,
                    (y + 0.5f) / 2 - 0.5f);
          }
        }
      }
    }
  }

  /** The bilinear interpolation of a grid at ({@code x}, {@code y}) in cell units, clamped. */
  private static float bilinear(float[] grid, int columns, int rows, float x, float y) {
    float cx = Math.max(0, Math.min(columns - 1, x));
    float cy = Math.max(0, Math.min(rows - 1, y));
    int x0 = (int) cx;
    int y0 = (int) cy;
    int x1 = Math.min(columns - 1, x0 + 1);
    int y1 = Math.min(rows - 1, y0 + 1);
    float tx = cx - x0;
    float ty = cy - y0;
    float top = grid[y0 * columns + x0] * (1 - tx) + grid[y0 * columns + x1] * tx;
    float bottom = grid[y1 * columns + x0] * (1 - tx) + grid[y1 * columns + x1] * tx;
    return top * (1 - ty) + bottom * ty;
  }

  private static boolean allTrue(boolean[] flags) {
    for (boolean flag : flags) {
      if (!flag) {
        return false;
      }
    }
    return true;
  }
}
