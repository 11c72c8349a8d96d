package org.recourse.evidence.video;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Finds letterbox (top and bottom) and pillarbox (left and right) bars: rows and columns at the
 * edges of the frame that are near-black and uniform in every sampled frame.
 *
 * <p>A row or column counts as bar when its mean luminance ({@code 0.299 R + 0.587 G + 0.114 B}) is
 * at most {@value #MAX_MEAN} and no more than {@value #MAX_BRIGHT_PERCENT}% of its pixels are
 * brighter than {@value #BRIGHT}, which allows for compression noise at the bar's edge. A frame's
 * bars are the runs of such rows and columns from each edge; the video's bars are the narrowest
 * seen on each side over the sampled frames, so a dark scene does not pass for a bar unless every
 * sample is dark there. Frames that are almost entirely dark (a fade) are left out of the vote, and
 * a crop that would keep less than half of either dimension is not made.
 *
 * <p>The vPDQ reference (Meta ThreatExchange) hashes whole frames, so its bar-added re-encodes do
 * not match their originals; cropping first is this implementation's addition, off in its
 * reference-faithful mode.
 */
public final class BlackBarDetector {

  static final int MAX_MEAN = 24;
  static final int BRIGHT = 48;
  static final int MAX_BRIGHT_PERCENT = 2;

  /** Bars narrower than this are noise or a codec's padding, not worth a crop. */
  private static final int MIN_BAR = 2;

  /** The picture area common to all {@code frames}, which must have the same size. */
  public CropBox detect(List<BufferedImage> frames) {
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("no frames");
    }
    Votes votes = votes(frames.get(0).getWidth(), frames.get(0).getHeight());
    for (BufferedImage frame : frames) {
      votes.add(frame);
    }
    return votes.crop();
  }

  /**
   * The same decision taken one frame at a time, for frames of {@code width} by {@code height}, so
   * that the sampled frames need not all be held at once.
   */
  public Votes votes(int width, int height) {
    return new Votes(width, height);
  }

  /** The bars seen so far: the narrowest on each side over the frames that voted. */
  public static final class Votes {

    private final int width;
    private final int height;
    private int top;
    private int bottom;
    private int left;
    private int right;
    private boolean voted;

    private Votes(int width, int height) {
      this.width = width;
      this.height = height;
      this.top = height;
      this.bottom = height;
      this.left = width;
      this.right = width;
    }

    /** Counts one frame; a frame of another size, or almost entirely dark, does not vote. */
    public void add(BufferedImage image) {
      if (image.getWidth() != width || image.getHeight() != height) {
        return;
      }
      int[][] luma = Luminance.plane(image);
      int t = 0;
      while (t < height && isBar(luma, t, 0, width, true)) {
        t++;
      }
      if (t >= height * 9 / 10) {
        return;
      }
      int b = 0;
      while (b < height - t && isBar(luma, height - 1 - b, 0, width, true)) {
        b++;
      }
      int l = 0;
      while (l < width && isBar(luma, l, t, height - b, false)) {
        l++;
      }
      int r = 0;
      while (r < width - l && isBar(luma, width - 1 - r, t, height - b, false)) {
        r++;
      }
      top = Math.min(top, t);
      bottom = Math.min(bottom, b);
      left = Math.min(left, l);
      right = Math.min(right, r);
      voted = true;
    }

    /** The picture area inside the bars found, or the whole frame. */
    public CropBox crop() {
      if (!voted) {
        return CropBox.whole(width, height);
      }
      int t = top < MIN_BAR ? 0 : top;
      int b = bottom < MIN_BAR ? 0 : bottom;
      int l = left < MIN_BAR ? 0 : left;
      int r = right < MIN_BAR ? 0 : right;
      int keptWidth = width - l - r;
      int keptHeight = height - t - b;
      if (keptWidth * 2 < width || keptHeight * 2 < height) {
        return CropBox.whole(width, height);
      }
      return new CropBox(l, t, keptWidth, keptHeight);
    }
  }

  /**
   * Whether row {@code index} (or column, when {@code row} is false), over the pixels from {@code
   * from} to {@code to}, is near-black and uniform.
   */
  private static boolean isBar(int[][] luma, int index, int from, int to, boolean row) {
    int count = to - from;
    if (count <= 0) {
      return false;
    }
    long sum = 0;
    int bright = 0;
    for (int i = from; i < to; i++) {
      int value = row ? luma[index][i] : luma[i][index];
      sum += value;
      if (value > BRIGHT) {
        bright++;
      }
    }
    return sum <= (long) MAX_MEAN * count && bright * 100 <= MAX_BRIGHT_PERCENT * count;
  }
}
