package org.recourse.evidence.video;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.pdq.PdqHash;
import org.recourse.evidence.pdq.PdqHasher;
import org.recourse.testmedia.TestMedia;
import org.recourse.testmedia.TestVideos;

class StaticOverlayDetectorTest {

  private static final CropBox WHOLE = CropBox.whole(TestVideos.WIDTH, TestVideos.HEIGHT);

  private final StaticOverlayDetector detector = new StaticOverlayDetector();
  private final PdqHasher pdq = new PdqHasher();

  @Test
  void aDrawingOverMovingFootageIsFoundWhereItIs() {
    OverlayMask mask = detector.detect(samples(TestVideos.pan(1), true), WHOLE);

    assertFalse(mask.isEmpty());
    int cx = TestVideos.WIDTH / 2;
    int cy = TestVideos.HEIGHT / 2;
    // The drawing's lines (see TestVideos.drawnOver): a mouth line, an eye's rim.
    assertTrue(mask.covers(cx, cy + 10));
    assertTrue(mask.covers(cx - 50, cy - 37));
    // The footage around it is not.
    assertFalse(mask.covers(10, 10));
    assertFalse(mask.covers(TestVideos.WIDTH - 10, TestVideos.HEIGHT - 10));
    assertTrue(mask.share() > 0.02 && mask.share() < 0.25, "share " + mask.share());
  }

  @Test
  void movingFootageWithoutOverlayHasNone() {
    assertTrue(detector.detect(samples(TestVideos.pan(2), false), WHOLE).isEmpty());
  }

  @Test
  void aStillSceneIsLeftAloneThoughItsDrawingIsStillToo() {
    BufferedImage still =
        TestVideos.drawnOver(TestMedia.scene(3, TestVideos.WIDTH, TestVideos.HEIGHT));

    assertTrue(detector.detect(List.of(still, still, still, still, still, still), WHOLE).isEmpty());
  }

  @Test
  void aStillSceneWithSomethingMovingInItIsLeftAlone() {
    BufferedImage background = TestMedia.scene(4, TestVideos.WIDTH, TestVideos.HEIGHT);
    List<BufferedImage> frames =
        TestVideos.pan(5).subList(0, 60).stream()
            .map(moving -> inset(background, moving.getSubimage(0, 0, 120, 100)))
            .toList();

    assertTrue(detector.detect(every10th(frames), WHOLE).isEmpty());
  }

  @Test
  void fewerThanFiveSamplesAreNotEnoughToCallAnythingStill() {
    List<BufferedImage> four = samples(TestVideos.pan(6), true).subList(0, 4);

    assertTrue(detector.detect(four, WHOLE).isEmpty());
  }

  @Test
  void anOverlayOverMoreThanAQuarterOfThePictureIsTakenForFootage() {
    List<BufferedImage> frames =
        TestVideos.pan(7).stream()
            .map(frame -> inset(frame, new BufferedImage(200, 90, BufferedImage.TYPE_INT_RGB)))
            .toList();

    assertTrue(detector.detect(every10th(frames), WHOLE).isEmpty());
  }

  @Test
  void onlyThePictureInsideTheBarsIsSearched() {
    List<BufferedImage> barred =
        samples(TestVideos.pan(8), true).stream()
            .map(StaticOverlayDetectorTest::pillarboxed)
            .toList();
    CropBox picture = new CropBox(40, 0, TestVideos.WIDTH, TestVideos.HEIGHT);

    OverlayMask mask = detector.detect(barred, picture);

    assertTrue(mask.covers(40 + TestVideos.WIDTH / 2, TestVideos.HEIGHT / 2 + 10));
    assertFalse(mask.covers(5, 50));
    assertFalse(mask.covers(40 + TestVideos.WIDTH + 35, 50));
  }

  @Test
  void paintingOverBringsTheFrameBackNearTheFootageUnderTheDrawing() {
    List<BufferedImage> clean = every10th(TestVideos.pan(9));
    OverlayMask mask = detector.detect(samples(TestVideos.pan(9), true), WHOLE);

    int matching = 0;
    for (BufferedImage footage : clean) {
      BufferedImage drawn = TestVideos.drawnOver(footage);
      int before = pdq.hash(footage).hash().distanceTo(pdq.hash(drawn).hash());
      mask.paintOver(drawn);
      int after = pdq.hash(footage).hash().distanceTo(pdq.hash(drawn).hash());

      assertTrue(before > PdqHash.MATCH_THRESHOLD, before + " bits: the drawing hides nothing");
      assertTrue(after * 2 < before, before + " bits before painting over, " + after + " after");
      if (after <= PdqHash.MATCH_THRESHOLD) {
        matching++;
      }
    }
    assertTrue(
        matching * 10 >= clean.size() * 8, matching + " of " + clean.size() + " frames match");
  }

  @Test
  void anEmptyMaskLeavesTheFrameAsItIs() {
    BufferedImage frame = TestMedia.scene(10, TestVideos.WIDTH, TestVideos.HEIGHT);
    int[] before =
        frame.getRGB(0, 0, frame.getWidth(), frame.getHeight(), null, 0, frame.getWidth());

    OverlayMask.NONE.paintOver(frame);

    assertTrue(
        Arrays.equals(
            before,
            frame.getRGB(0, 0, frame.getWidth(), frame.getHeight(), null, 0, frame.getWidth())));
  }

  /** One frame a second, as the hasher samples, with the drawing burnt in when asked. */
  private static List<BufferedImage> samples(List<BufferedImage> frames, boolean drawn) {
    List<BufferedImage> sampled = every10th(frames);
    return drawn ? sampled.stream().map(TestVideos::drawnOver).toList() : sampled;
  }

  private static List<BufferedImage> every10th(List<BufferedImage> frames) {
    return IntStream.range(0, frames.size())
        .filter(i -> i % TestVideos.FPS == 0)
        .mapToObj(frames::get)
        .toList();
  }

  /** A copy of {@code background} with {@code inset} drawn at its middle. */
  private static BufferedImage inset(BufferedImage background, BufferedImage inset) {
    BufferedImage copy = TestMedia.copy(background);
    Graphics2D g = copy.createGraphics();
    try {
      g.drawImage(
          inset,
          (copy.getWidth() - inset.getWidth()) / 2,
          (copy.getHeight() - inset.getHeight()) / 2,
          null);
    } finally {
      g.dispose();
    }
    return copy;
  }

  private static BufferedImage pillarboxed(BufferedImage frame) {
    BufferedImage canvas =
        new BufferedImage(frame.getWidth() + 80, frame.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas.createGraphics();
    try {
      g.setColor(Color.BLACK);
      g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
      g.drawImage(frame, 40, 0, null);
    } finally {
      g.dispose();
    }
    return canvas;
  }
}
