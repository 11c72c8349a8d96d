package org.recourse.evidence.video;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recourse.testmedia.TestMedia;

class BlackBarDetectorTest {

  private final BlackBarDetector detector = new BlackBarDetector();

  @Test
  void letterboxBarsAreFound() {
    BufferedImage frame = boxed(TestMedia.scene(1, 320, 180), 320, 240);

    assertEquals(new CropBox(0, 30, 320, 180), detector.detect(List.of(frame)));
  }

  @Test
  void pillarboxBarsAreFound() {
    BufferedImage frame = boxed(TestMedia.scene(1, 240, 180), 320, 180);

    assertEquals(new CropBox(40, 0, 240, 180), detector.detect(List.of(frame)));
  }

  @Test
  void aFrameWithoutBarsIsKeptWhole() {
    assertEquals(CropBox.whole(320, 180), detector.detect(List.of(TestMedia.scene(2, 320, 180))));
  }

  @Test
  void aDarkEdgeInOneFrameOnlyIsNotABar() {
    BufferedImage dark = TestMedia.scene(3, 320, 180);
    Graphics2D g = dark.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, 320, 40);
    g.dispose();

    CropBox box = detector.detect(List.of(dark, TestMedia.scene(4, 320, 180)));

    assertEquals(CropBox.whole(320, 180), box);
  }

  @Test
  void anAllBlackFrameDoesNotVote() {
    BufferedImage black = new BufferedImage(320, 240, BufferedImage.TYPE_3BYTE_BGR);
    BufferedImage barred = boxed(TestMedia.scene(5, 320, 180), 320, 240);

    assertEquals(new CropBox(0, 30, 320, 180), detector.detect(List.of(black, barred)));
    assertEquals(CropBox.whole(320, 240), detector.detect(List.of(black)));
  }

  @Test
  void barsLeavingLessThanHalfThePictureAreNotCropped() {
    BufferedImage frame = boxed(TestMedia.scene(6, 320, 60), 320, 180);

    assertEquals(CropBox.whole(320, 180), detector.detect(List.of(frame)));
  }

  static BufferedImage boxed(BufferedImage picture, int width, int height) {
    BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = canvas.createGraphics();
    g.drawImage(
        picture, (width - picture.getWidth()) / 2, (height - picture.getHeight()) / 2, null);
    g.dispose();
    return canvas;
  }
}
