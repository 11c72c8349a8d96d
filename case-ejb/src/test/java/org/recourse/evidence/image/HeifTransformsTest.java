package org.recourse.evidence.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.pdq.ExifOrientation;
import org.recourse.testmedia.TestMedia;

class HeifTransformsTest {

  /** Property 1 of the files below: a quarter turn anticlockwise. */
  private static final int QUARTER_TURN = 1;

  /** Property 2: a half turn. */
  private static final int HALF_TURN = 2;

  /** Property 3: mirroring about the vertical axis. */
  private static final int MIRROR = 3;

  @Test
  void onlyTheFirstRotationOfTheItemCounts() {
    HeifTransforms transforms = HeifTransforms.of(heif(1, QUARTER_TURN, HALF_TURN, QUARTER_TURN));

    assertEquals(ExifOrientation.ROTATE_90_ANTICLOCKWISE, transforms.orientation());
  }

  @Test
  void aRotationAndAMirroringBecomeOneOrientationAppliedOnce() {
    BufferedImage stored = TestMedia.scene(5, 40, 30);
    BufferedImage expected =
        ExifOrientation.MIRROR_HORIZONTAL.apply(
            ExifOrientation.ROTATE_90_ANTICLOCKWISE.apply(stored));

    HeifTransforms transforms = HeifTransforms.of(heif(1, QUARTER_TURN, MIRROR, MIRROR));
    BufferedImage shown = transforms.apply(stored);

    assertSamePixels(expected, shown);
  }

  @Test
  void everyPairOfStepsComposesToTheOrientationThatShowsTheSame() {
    BufferedImage stored = TestMedia.scene(6, 5, 3);
    for (ExifOrientation first : ExifOrientation.values()) {
      for (ExifOrientation second : ExifOrientation.values()) {
        assertSamePixels(
            second.apply(first.apply(stored)),
            HeifTransforms.combined(List.of(first, second)).apply(stored));
      }
    }
  }

  @Test
  void thousandsOfAssociationsTurnTheImageOnceAndQuickly() {
    int[] associations = new int[255];
    for (int i = 0; i < associations.length; i++) {
      associations[i] = i % 2 == 0 ? QUARTER_TURN : MIRROR;
    }
    byte[] file = heif(4000, associations);
    BufferedImage stored = new BufferedImage(2000, 1500, BufferedImage.TYPE_3BYTE_BGR);

    BufferedImage shown =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> HeifTransforms.of(file).apply(stored));

    assertEquals(1500, shown.getWidth());
  }

  /**
   * The boxes of a HEIF file that says how its primary item, item 1, is shown: {@code entries}
   * association entries for it, each listing {@code properties} (1-based, essential).
   */
  private static byte[] heif(int entries, int... properties) {
    byte[] ipco =
        box(
            "ipco",
            box("irot", new byte[] {1}),
            box("irot", new byte[] {2}),
            box("imir", new byte[] {0}));
    ByteArrayOutputStream ipma = new ByteArrayOutputStream();
    ipma.writeBytes(new byte[] {0, 0, 0, 0}); // version 0, flags 0
    ipma.writeBytes(ByteBuffer.allocate(4).putInt(entries).array());
    for (int e = 0; e < entries; e++) {
      ipma.writeBytes(new byte[] {0, 1, (byte) properties.length});
      for (int property : properties) {
        ipma.write(0x80 | property);
      }
    }
    byte[] pitm = box("pitm", new byte[] {0, 0, 0, 0, 0, 1});
    byte[] iprp = box("iprp", ipco, box("ipma", ipma.toByteArray()));
    return box("meta", new byte[] {0, 0, 0, 0}, pitm, iprp);
  }

  private static byte[] box(String type, byte[]... contents) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (byte[] content : contents) {
      body.writeBytes(content);
    }
    ByteArrayOutputStream box = new ByteArrayOutputStream();
    box.writeBytes(ByteBuffer.allocate(4).putInt(8 + body.size()).array());
    box.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
    box.writeBytes(body.toByteArray());
    return box.toByteArray();
  }

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    assertEquals(expected.getWidth(), actual.getWidth());
    assertEquals(expected.getHeight(), actual.getHeight());
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        assertEquals(expected.getRGB(x, y), actual.getRGB(x, y), "pixel " + x + "," + y);
      }
    }
  }
}
