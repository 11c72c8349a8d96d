package org.recourse.evidence.pdq;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recourse.testmedia.ReferenceVectors;
import org.recourse.testmedia.RequiresPdqVectors;

/**
 * Conformance with Meta's PDQ reference implementation: every image of the reference vectors
 * ({@code pdq-vectors}, see {@link ReferenceVectors}) hashes within 16 bits of the hash the
 * reference computed, its modifications of the bridge photo match the original, its unrelated
 * images stay apart, and its turned copies of the bridge are what each Exif orientation shows.
 * Reported as not run where the vectors are absent.
 */
@RequiresPdqVectors
class PdqConformanceTest {

  /** The reference implementation's own tests accept this distance from its expected hashes. */
  private static final int REFERENCE_TOLERANCE = 16;

  private static final int UNRELATED_MINIMUM = 60;

  private final PdqHasher hasher = new PdqHasher();

  static Stream<Arguments> referenceVectors() throws IOException {
    List<String> lines = Files.readAllLines(ReferenceVectors.pdqDir().resolve("expected.csv"));
    return lines.stream()
        .filter(line -> !line.isBlank() && !line.startsWith("image,"))
        .map(line -> line.split(","))
        .map(fields -> Arguments.of(fields[0].trim(), fields[1].trim()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceVectors")
  void everyReferenceVectorIsWithin16BitsOfExpectedHash(String image, String expectedHex)
      throws IOException {
    PdqHash actual = hashFile(ReferenceVectors.pdqDir().resolve(image)).hash();

    int distance = actual.distanceTo(PdqHash.fromHex(expectedHex));
    assertTrue(
        distance <= REFERENCE_TOLERANCE,
        () -> image + " hashed to " + actual + ", " + distance + " bits from " + expectedHex);
  }

  static Stream<String> bridgeModifications() throws IOException {
    return listImages("images/bridge-mods").stream().map(path -> path.getFileName().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bridgeModifications")
  void everyBridgeModificationMatchesTheOriginal(String modified) throws IOException {
    Path folder = ReferenceVectors.pdqDir().resolve("images/bridge-mods");
    PdqHash original = hashFile(folder.resolve("aaa-orig.jpg")).hash();

    int distance = hashFile(folder.resolve(modified)).hash().distanceTo(original);
    assertTrue(
        distance <= PdqHash.MATCH_THRESHOLD,
        () -> modified + " is " + distance + " bits from the original");
  }

  @Test
  void unrelatedImagesAreFarApart() throws IOException {
    List<Path> images = new ArrayList<>(listImages("images/labelme"));
    images.addAll(listImages("images/misc"));
    images.add(ReferenceVectors.pdqDir().resolve("images/bridge-mods/aaa-orig.jpg"));
    List<PdqHash> hashes = new ArrayList<>();
    for (Path image : images) {
      hashes.add(hashFile(image).hash());
    }

    for (int i = 0; i < images.size(); i++) {
      for (int j = i + 1; j < images.size(); j++) {
        int distance = hashes.get(i).distanceTo(hashes.get(j));
        String pair = images.get(i).getFileName() + " and " + images.get(j).getFileName();
        assertTrue(
            distance > UNRELATED_MINIMUM, () -> pair + " are only " + distance + " bits apart");
      }
    }
  }

  /**
   * Tags the upright bridge photo with each Exif orientation and checks that the hash is that of
   * the file in {@code images/dih} holding the picture a viewer would then see. Those file names
   * count rotations anticlockwise and name a flip by the axis it mirrors about, so Exif's "rotate
   * 90 degrees clockwise to display" (6) is {@code bridge-4-rotate-270.jpg}.
   */
  static Stream<Arguments> orientations() {
    return Stream.of(
        Arguments.of(1, "bridge-1-original.jpg"),
        Arguments.of(2, "bridge-6-flipy.jpg"),
        Arguments.of(3, "bridge-3-rotate-180.jpg"),
        Arguments.of(4, "bridge-5-flipx.jpg"),
        Arguments.of(5, "bridge-7-flip-plus-1.jpg"),
        Arguments.of(6, "bridge-4-rotate-270.jpg"),
        Arguments.of(7, "bridge-8-flip-minus-1.jpg"),
        Arguments.of(8, "bridge-2-rotate-90.jpg"));
  }

  @ParameterizedTest(name = "orientation {0} looks like {1}")
  @MethodSource("orientations")
  void exifOrientationIsAppliedBeforeHashing(int orientation, String displayedAs)
      throws IOException {
    byte[] upright =
        Files.readAllBytes(ReferenceVectors.pdqDir().resolve("images/dih/bridge-1-original.jpg"));
    byte[] tagged = PdqHasherTest.withExifOrientation(upright, orientation, orientation % 2 == 0);
    PdqHash expected =
        hashFile(ReferenceVectors.pdqDir().resolve("images/dih").resolve(displayedAs)).hash();

    PdqHash actual = hasher.hash(new ByteArrayInputStream(tagged)).hash();

    int distance = actual.distanceTo(expected);
    assertTrue(
        distance <= REFERENCE_TOLERANCE,
        () -> "orientation " + orientation + " is " + distance + " bits from " + displayedAs);
  }

  private PdqResult hashFile(Path image) throws IOException {
    try (InputStream in = Files.newInputStream(image)) {
      return hasher.hash(in);
    }
  }

  private static List<Path> listImages(String folder) throws IOException {
    try (Stream<Path> files = Files.list(ReferenceVectors.pdqDir().resolve(folder))) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
